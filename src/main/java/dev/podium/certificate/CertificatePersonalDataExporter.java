package dev.podium.certificate;

import dev.podium.shared.EmployeeId;
import dev.podium.shared.PersonalDataExporter;
import dev.podium.shared.PersonalDataRows;
import dev.podium.shared.PersonalDataSink;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/** A person's copy of their data ("My data"): their certificates (issued, superseded, revoked) and renewals. */
@Component
class CertificatePersonalDataExporter implements PersonalDataExporter {

    private final PersonalDataRows rows;

    CertificatePersonalDataExporter(DataSource dataSource) {
        this.rows = new PersonalDataRows(dataSource);
    }

    @Override
    public void exportPersonalData(EmployeeId person, PersonalDataSink sink) {
        long id = person.value();
        rows.write(sink, "certificates", """
                SELECT id AS certificate_id, kind, achievement_id, achievement_title, course_version,
                    employee_name, language, issued_at, issue_reason, expires_on, verification_code, supersedes,
                    superseded_by, revoked_at, revoke_reason
                FROM certificate WHERE employee_id = ? ORDER BY issued_at, id""", id);
        rows.write(sink, "certificate-renewals", """
                SELECT certificate_id, status, offered_at, decided_at, decision_note
                FROM certificate_renewal WHERE employee_id = ? ORDER BY offered_at, id""", id);
    }
}
