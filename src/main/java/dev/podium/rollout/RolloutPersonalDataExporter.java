package dev.podium.rollout;

import dev.podium.shared.EmployeeId;
import dev.podium.shared.PersonalDataExporter;
import dev.podium.shared.PersonalDataRows;
import dev.podium.shared.PersonalDataSink;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/** A person's copy of their data ("My data"): the waves they were listed in or launched with. */
@Component
class RolloutPersonalDataExporter implements PersonalDataExporter {

    private final PersonalDataRows rows;

    RolloutPersonalDataExporter(DataSource dataSource) {
        this.rows = new PersonalDataRows(dataSource);
    }

    @Override
    public void exportPersonalData(EmployeeId person, PersonalDataSink sink) {
        long id = person.value();
        rows.write(sink, "waves", """
                SELECT w.name AS wave, w.state, w.due_date, w.launched_at,
                    EXISTS (SELECT 1 FROM wave_member m WHERE m.wave_id = w.id AND m.employee_id = ?) AS member,
                    EXISTS (SELECT 1 FROM wave_listed l WHERE l.wave_id = w.id AND l.employee_id = ?) AS listed_by_name
                FROM wave w
                WHERE EXISTS (SELECT 1 FROM wave_member m WHERE m.wave_id = w.id AND m.employee_id = ?)
                   OR EXISTS (SELECT 1 FROM wave_listed l WHERE l.wave_id = w.id AND l.employee_id = ?)
                ORDER BY w.created_at, w.id""", id, id, id, id);
    }
}
