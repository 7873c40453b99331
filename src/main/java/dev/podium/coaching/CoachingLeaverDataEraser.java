package dev.podium.coaching;

import dev.podium.shared.EmployeeId;
import dev.podium.shared.PersonalDataEraser;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A person's data must go (retention over, or erased on request): their name and the coach's check-in notes on their
 * programmes go, with the programme processes' runtime and history rows in the engine's tables. Where they were the
 * coach, the programmes stay the participant's, with "Former coach" for their name.
 */
@Component
class CoachingLeaverDataEraser implements PersonalDataEraser {

    static final String FORMER_COACH = "Former coach";

    private final JdbcClient jdbc;
    private final CoachingWorkflow workflow;

    CoachingLeaverDataEraser(JdbcClient jdbc, CoachingWorkflow workflow) {
        this.jdbc = jdbc;
        this.workflow = workflow;
    }

    @Override
    public void erasePersonalData(EmployeeId person) {
        long id = person.value();
        jdbc.sql("SELECT id FROM coaching_programme WHERE employee_id = ?").param(id).query(Long.class).list()
                .forEach(workflow::erase);
        // an open programme was cancelled when the person was deactivated (always before an erasure)
        jdbc.sql("""
                UPDATE coaching_programme SET participant_name = 'Former employee', midpoint_notes = NULL,
                    final_notes = NULL WHERE employee_id = ?""").param(id).update();
        jdbc.sql("UPDATE coaching_programme SET coach_name = ? WHERE coach_id = ?").param(FORMER_COACH).param(id)
                .update();
    }

    @Override
    public void eraseMentions(EmployeeId person, List<String> mentions) {
        for (String mention : mentions) {
            jdbc.sql("""
                    UPDATE coaching_programme SET midpoint_notes = REPLACE(midpoint_notes, ?, ?),
                        final_notes = REPLACE(final_notes, ?, ?)
                    WHERE INSTR(midpoint_notes, ?) > 0 OR INSTR(final_notes, ?) > 0""")
                    .params(mention, FORMER_COACH, mention, FORMER_COACH, mention, mention).update();
        }
    }
}
