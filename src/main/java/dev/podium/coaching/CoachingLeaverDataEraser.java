package dev.podium.coaching;

import dev.podium.shared.EmployeeId;
import dev.podium.shared.PersonalDataEraser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A person's data must go (a leaver's retention is over): their name and the coach's check-in notes on their programmes go. */
@Component
class CoachingLeaverDataEraser implements PersonalDataEraser {

    private final JdbcClient jdbc;

    CoachingLeaverDataEraser(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void erasePersonalData(EmployeeId person) {
        jdbc.sql("""
                UPDATE coaching_programme SET participant_name = 'Former employee', midpoint_notes = NULL,
                    final_notes = NULL WHERE employee_id = ?""").param(person.value()).update();
    }
}
