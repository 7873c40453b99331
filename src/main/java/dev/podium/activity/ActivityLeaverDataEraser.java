package dev.podium.activity;

import dev.podium.people.EmployeeRetentionEnded;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A leaver's retention is over: their imported posts, comments, imports, voice topics, index and analytics figures go. */
@Component
class ActivityLeaverDataEraser {

    private final JdbcClient jdbc;

    ActivityLeaverDataEraser(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(EmployeeRetentionEnded ended) {
        long id = ended.employeeId().value();
        for (String table : new String[] {"activity_item", "activity_import", "voice_topic", "social_leadership_index",
                "analytics_post", "analytics_day", "analytics_follower_day", "activity_analytics_import"}) {
            jdbc.sql("DELETE FROM " + table + " WHERE employee_id = ?").param(id).update();
        }
    }
}
