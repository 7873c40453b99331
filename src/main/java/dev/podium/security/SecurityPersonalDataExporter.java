package dev.podium.security;

import dev.podium.shared.EmployeeId;
import dev.podium.shared.PersonalDataExporter;
import dev.podium.shared.PersonalDataRows;
import dev.podium.shared.PersonalDataSink;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/** A person's copy of their data ("My data"): their accounts, roles and sign-in links; never a password hash or a link's token. */
@Component
class SecurityPersonalDataExporter implements PersonalDataExporter {

    private final PersonalDataRows rows;

    SecurityPersonalDataExporter(DataSource dataSource) {
        this.rows = new PersonalDataRows(dataSource);
    }

    @Override
    public void exportPersonalData(EmployeeId person, PersonalDataSink sink) {
        long id = person.value();
        rows.write(sink, "accounts", """
                SELECT a.username, a.display_name, a.enabled, a.locale AS language, a.color_scheme,
                    (SELECT GROUP_CONCAT(r.role ORDER BY r.role SEPARATOR ', ') FROM user_account_role r
                     WHERE r.account_id = a.id) AS roles,
                    a.password_hash IS NOT NULL AS has_password, a.password_change_required,
                    a.password_changed_at, a.failed_attempts, a.locked_until, a.last_login_at, a.invited_at,
                    a.created_at, a.updated_at
                FROM user_account a WHERE a.employee_id = ? ORDER BY a.id""", id);
        rows.write(sink, "sign-in-links", """
                SELECT l.purpose, l.created_at, l.expires_at, l.used_at, l.superseded_at
                FROM sign_in_link l JOIN user_account a ON a.id = l.account_id
                WHERE a.employee_id = ? ORDER BY l.created_at""", id);
    }
}
