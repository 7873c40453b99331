package dev.podium.notification;

import dev.podium.shared.EmployeeId;
import dev.podium.shared.PersonalDataEraser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A person's data must go (a leaver's retention is over): their notifications and digest settings go. */
@Component
class NotificationLeaverDataEraser implements PersonalDataEraser {

    private final JdbcClient jdbc;

    NotificationLeaverDataEraser(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void erasePersonalData(EmployeeId person) {
        long id = person.value();
        jdbc.sql("DELETE FROM notification WHERE recipient_id = ?").param(id).update();
        jdbc.sql("DELETE FROM notification_mailbox WHERE recipient_id = ?").param(id).update();
    }
}
