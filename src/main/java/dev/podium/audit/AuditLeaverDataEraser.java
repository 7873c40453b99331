package dev.podium.audit;

import dev.podium.shared.EmployeeId;
import dev.podium.shared.PersonalDataEraser;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A person's data must go (retention over, or erased on request): their profile audits (profile texts, answers,
 * comments, scores) go, with the review processes' runtime and history rows in the engine's tables. Where they
 * coached, the audits stay the participant's, with "Former coach" for their name in them.
 */
@Component
class AuditLeaverDataEraser implements PersonalDataEraser {

    static final String FORMER_COACH = "Former coach";

    private final JdbcClient jdbc;
    private final AuditWorkflow workflow;

    AuditLeaverDataEraser(JdbcClient jdbc, AuditWorkflow workflow) {
        this.jdbc = jdbc;
        this.workflow = workflow;
    }

    @Override
    public void erasePersonalData(EmployeeId person) {
        long id = person.value();
        jdbc.sql("SELECT id FROM profile_audit WHERE employee_id = ?").param(id).query(Long.class).list()
                .forEach(workflow::erase);
        jdbc.sql("""
                DELETE i FROM profile_audit_item i JOIN profile_audit_round r ON r.id = i.round_id
                JOIN profile_audit a ON a.id = r.audit_id WHERE a.employee_id = ?""").param(id).update();
        jdbc.sql("""
                DELETE r FROM profile_audit_round r JOIN profile_audit a ON a.id = r.audit_id
                WHERE a.employee_id = ?""").param(id).update();
        jdbc.sql("DELETE FROM profile_audit WHERE employee_id = ?").param(id).update();
        jdbc.sql("UPDATE profile_audit SET coach_name = ? WHERE coach_id = ?").param(FORMER_COACH).param(id).update();
    }

    @Override
    public void eraseMentions(EmployeeId person, List<String> mentions) {
        // a coach's comments on somebody else's profile are that person's record; only the coach's name in them goes
        for (String mention : mentions) {
            jdbc.sql("""
                    UPDATE profile_audit_item SET coach_comment = REPLACE(coach_comment, ?, ?)
                    WHERE INSTR(coach_comment, ?) > 0""").param(mention).param(FORMER_COACH).param(mention).update();
        }
    }
}
