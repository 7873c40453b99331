package dev.podium.learning;

import dev.podium.people.EmployeeRetentionEnded;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A leaver's retention is over: what they wrote in practice tasks goes; that they completed them stays. */
@Component
class LearningLeaverDataEraser {

    private final JdbcClient jdbc;

    LearningLeaverDataEraser(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(EmployeeRetentionEnded ended) {
        jdbc.sql("""
                UPDATE practice_completion p JOIN enrolment e ON e.id = p.enrolment_id
                SET p.submission = NULL WHERE e.employee_id = ? AND p.submission IS NOT NULL""")
                .param(ended.employeeId().value()).update();
    }
}
