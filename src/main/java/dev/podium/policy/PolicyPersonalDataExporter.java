package dev.podium.policy;

import dev.podium.shared.EmployeeId;
import dev.podium.shared.PersonalDataExporter;
import dev.podium.shared.PersonalDataRows;
import dev.podium.shared.PersonalDataSink;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/** A person's copy of their data ("My data"): every attestation they signed, as recorded. */
@Component
class PolicyPersonalDataExporter implements PersonalDataExporter {

    private final PersonalDataRows rows;

    PolicyPersonalDataExporter(DataSource dataSource) {
        this.rows = new PersonalDataRows(dataSource);
    }

    @Override
    public void exportPersonalData(EmployeeId person, PersonalDataSink sink) {
        long id = person.value();
        rows.write(sink, "attestations", """
                SELECT policy_id, policy_version, locale AS language, text_sha256, course_version, quiz_score,
                    roles_at_signing, department_name AS department, attested_at, renewal_due
                FROM policy_attestation WHERE employee_id = ? ORDER BY attested_at, id""", id);
    }
}
