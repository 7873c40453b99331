package dev.podium.people;

import dev.podium.shared.EmployeeId;
import dev.podium.shared.PersonalDataExporter;
import dev.podium.shared.PersonalDataRows;
import dev.podium.shared.PersonalDataSink;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/** A person's copy of their data ("My data"): their record in the organisation, with department and line manager by name. */
@Component
class PeoplePersonalDataExporter implements PersonalDataExporter {

    private final PersonalDataRows rows;

    PeoplePersonalDataExporter(DataSource dataSource) {
        this.rows = new PersonalDataRows(dataSource);
    }

    @Override
    public void exportPersonalData(EmployeeId person, PersonalDataSink sink) {
        long id = person.value();
        rows.write(sink, "profile", """
                SELECT e.id AS employee_id, e.first_name, e.last_name, e.email, e.job_title,
                    d.name AS department, e.country_code AS country,
                    CONCAT(m.first_name, ' ', m.last_name) AS line_manager, e.preferred_locale AS language,
                    e.external_id, e.active, e.deactivated_at, e.created_at, e.updated_at
                FROM employee e LEFT JOIN department d ON d.id = e.department_id
                LEFT JOIN employee m ON m.id = e.line_manager_id WHERE e.id = ?""", id);
    }
}
