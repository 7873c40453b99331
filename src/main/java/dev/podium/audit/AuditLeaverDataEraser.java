package dev.podium.audit;

import dev.podium.shared.EmployeeId;
import dev.podium.shared.PersonalDataEraser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A person's data must go (a leaver's retention is over): their profile audits (profile texts, answers, comments, scores) go. */
@Component
class AuditLeaverDataEraser implements PersonalDataEraser {

    private final JdbcClient jdbc;

    AuditLeaverDataEraser(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void erasePersonalData(EmployeeId person) {
        long id = person.value();
        jdbc.sql("""
                DELETE i FROM profile_audit_item i JOIN profile_audit_round r ON r.id = i.round_id
                JOIN profile_audit a ON a.id = r.audit_id WHERE a.employee_id = ?""").param(id).update();
        jdbc.sql("""
                DELETE r FROM profile_audit_round r JOIN profile_audit a ON a.id = r.audit_id
                WHERE a.employee_id = ?""").param(id).update();
        jdbc.sql("DELETE FROM profile_audit WHERE employee_id = ?").param(id).update();
    }
}
