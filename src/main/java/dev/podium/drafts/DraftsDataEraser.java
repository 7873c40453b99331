package dev.podium.drafts;

import dev.podium.shared.EmployeeId;
import dev.podium.shared.PersonalDataEraser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A person's data must go: their drafts go whole (versions, threads and comments with them, by the foreign keys). As a
 * coach, their name leaves the threads of other people's drafts; their comments there stay, as advice the draft's
 * owner received (without the coach's name).
 */
@Component
class DraftsDataEraser implements PersonalDataEraser {

    private final JdbcClient jdbc;

    DraftsDataEraser(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void erasePersonalData(EmployeeId person) {
        jdbc.sql("DELETE FROM draft WHERE owner_id = ?").param(person.value()).update();
        jdbc.sql("UPDATE draft_share SET coach_name = 'Former coach' WHERE coach_id = ?").param(person.value())
                .update();
    }
}
