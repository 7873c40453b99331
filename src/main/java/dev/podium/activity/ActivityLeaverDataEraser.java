package dev.podium.activity;

import dev.podium.shared.EmployeeId;
import dev.podium.shared.PersonalDataEraser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A person's data must go (retention over, or erased on request): their imported posts, comments, imports, voice
 * topics, index and analytics figures go, and so do archives they uploaded but never confirmed.
 */
@Component
class ActivityLeaverDataEraser implements PersonalDataEraser {

    private final JdbcClient jdbc;
    private final UploadStore uploads;

    ActivityLeaverDataEraser(JdbcClient jdbc, UploadStore uploads) {
        this.jdbc = jdbc;
        this.uploads = uploads;
    }

    @Override
    public void erasePersonalData(EmployeeId person) {
        long id = person.value();
        for (String table : new String[] {"activity_item", "activity_import", "voice_topic", "social_leadership_index",
                "analytics_post", "analytics_day", "analytics_follower_day", "activity_analytics_import"}) {
            jdbc.sql("DELETE FROM " + table + " WHERE employee_id = ?").param(id).update();
        }
        // files cannot roll back with the transaction; waiting uploads are disposable, so losing them early is fine
        uploads.deleteAll(person);
    }
}
