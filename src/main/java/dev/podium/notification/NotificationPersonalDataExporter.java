package dev.podium.notification;

import dev.podium.shared.EmployeeId;
import dev.podium.shared.PersonalDataExporter;
import dev.podium.shared.PersonalDataRows;
import dev.podium.shared.PersonalDataSink;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/** A person's copy of their data ("My data"): their notifications and their e-mail digest setting. */
@Component
class NotificationPersonalDataExporter implements PersonalDataExporter {

    private final PersonalDataRows rows;

    NotificationPersonalDataExporter(DataSource dataSource) {
        this.rows = new PersonalDataRows(dataSource);
    }

    @Override
    public void exportPersonalData(EmployeeId person, PersonalDataSink sink) {
        long id = person.value();
        rows.write(sink, "notifications", """
                SELECT message_key, arguments, link, created_at, read_at, emailed_at
                FROM notification WHERE recipient_id = ? ORDER BY created_at, id""", id);
        rows.write(sink, "notification-settings", """
                SELECT email_digest, last_digest_at FROM notification_mailbox WHERE recipient_id = ?""", id);
    }
}
