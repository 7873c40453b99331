package dev.podium.learning;

import dev.podium.shared.EmployeeId;
import dev.podium.shared.PersonalDataEraser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A person's data must go (a leaver's retention is over): what they wrote in practice tasks goes; that they completed them stays. */
@Component
class LearningLeaverDataEraser implements PersonalDataEraser {

    private final JdbcClient jdbc;

    LearningLeaverDataEraser(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void erasePersonalData(EmployeeId person) {
        jdbc.sql("""
                UPDATE practice_completion p JOIN enrolment e ON e.id = p.enrolment_id
                SET p.submission = NULL WHERE e.employee_id = ? AND p.submission IS NOT NULL""")
                .param(person.value()).update();
    }
}
