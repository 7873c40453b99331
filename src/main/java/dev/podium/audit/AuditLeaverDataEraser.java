package dev.podium.audit;

import dev.podium.people.EmployeeRetentionEnded;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A leaver's retention is over: their profile audits (profile texts, answers, comments, scores) go. */
@Component
class AuditLeaverDataEraser {

    private final JdbcClient jdbc;

    AuditLeaverDataEraser(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(EmployeeRetentionEnded ended) {
        long id = ended.employeeId().value();
        jdbc.sql("""
                DELETE i FROM profile_audit_item i JOIN profile_audit_round r ON r.id = i.round_id
                JOIN profile_audit a ON a.id = r.audit_id WHERE a.employee_id = ?""").param(id).update();
        jdbc.sql("""
                DELETE r FROM profile_audit_round r JOIN profile_audit a ON a.id = r.audit_id
                WHERE a.employee_id = ?""").param(id).update();
        jdbc.sql("DELETE FROM profile_audit WHERE employee_id = ?").param(id).update();
    }
}
