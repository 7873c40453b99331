package dev.podium.coaching;

import dev.podium.shared.EmployeeId;
import dev.podium.shared.PersonalDataExporter;
import dev.podium.shared.PersonalDataRows;
import dev.podium.shared.PersonalDataSink;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/** A person's copy of their data ("My data"): their coaching programmes with the coach's check-in notes, and their milestones. */
@Component
class CoachingPersonalDataExporter implements PersonalDataExporter {

    private final PersonalDataRows rows;

    CoachingPersonalDataExporter(DataSource dataSource) {
        this.rows = new PersonalDataRows(dataSource);
    }

    @Override
    public void exportPersonalData(EmployeeId person, PersonalDataSink sink) {
        long id = person.value();
        rows.write(sink, "coaching-programmes", """
                SELECT id AS programme_id, participant_name, coach_name, stage, started_at, last_progress_at,
                    topics_agreed_at, practice_started_at, practice_periods, goal_met_at, midpoint_notes,
                    final_notes, closed_at
                FROM coaching_programme WHERE employee_id = ? ORDER BY started_at, id""", id);
        rows.write(sink, "coaching-milestones", """
                SELECT milestone, reached_at FROM coaching_milestone WHERE employee_id = ?
                ORDER BY reached_at, id""", id);
    }
}
