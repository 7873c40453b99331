package dev.podium.coaching;

import dev.podium.people.EmployeeRetentionEnded;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A leaver's retention is over: their name and the coach's check-in notes on their programmes go. */
@Component
class CoachingLeaverDataEraser {

    private final JdbcClient jdbc;

    CoachingLeaverDataEraser(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(EmployeeRetentionEnded ended) {
        jdbc.sql("""
                UPDATE coaching_programme SET participant_name = 'Former employee', midpoint_notes = NULL,
                    final_notes = NULL WHERE employee_id = ?""").param(ended.employeeId().value()).update();
    }
}
