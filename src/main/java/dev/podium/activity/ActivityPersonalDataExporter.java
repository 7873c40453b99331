package dev.podium.activity;

import dev.podium.shared.EmployeeId;
import dev.podium.shared.PersonalDataExporter;
import dev.podium.shared.PersonalDataRows;
import dev.podium.shared.PersonalDataSink;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/** A person's copy of their data ("My data"): imports, every imported item with its text, voice topics, the index and the analytics figures. */
@Component
class ActivityPersonalDataExporter implements PersonalDataExporter {

    private final PersonalDataRows rows;

    ActivityPersonalDataExporter(DataSource dataSource) {
        this.rows = new PersonalDataRows(dataSource);
    }

    @Override
    public void exportPersonalData(EmployeeId person, PersonalDataSink sink) {
        long id = person.value();
        rows.write(sink, "activity-imports", """
                SELECT id AS import_id, file_name, source, status, items_read, items_added, message_key, started_at,
                    finished_at
                FROM activity_import WHERE employee_id = ? ORDER BY started_at, id""", id);
        rows.write(sink, "activity-items", """
                SELECT import_id, source, kind, occurred_at, text, link, shared_url, in_reply_to, reaction_type,
                    classification, word_count, company_content
                FROM activity_item WHERE employee_id = ? ORDER BY occurred_at, id""", id);
        rows.write(sink, "voice-topics", """
                SELECT position, label, keywords, hashtags, created_at
                FROM voice_topic WHERE employee_id = ? ORDER BY position""", id);
        rows.write(sink, "index", """
                SELECT total, originality, consistency, engagement_quality, topical_focus, band, window_start,
                    window_end, computed_at
                FROM social_leadership_index WHERE employee_id = ?""", id);
        rows.write(sink, "analytics-imports", """
                SELECT id AS import_id, file_name, status, rows_read, posts_added, message_key, period_start,
                    period_end, impressions, members_reached, total_followers, total_followers_on, started_at,
                    finished_at
                FROM activity_analytics_import WHERE employee_id = ? ORDER BY started_at, id""", id);
        rows.write(sink, "analytics-posts", """
                SELECT import_id, post_url, published_on, impressions, engagements, comments, reposts, reactions
                FROM analytics_post WHERE employee_id = ? ORDER BY published_on, post_key""", id);
        rows.write(sink, "analytics-days", """
                SELECT day, impressions, engagements FROM analytics_day WHERE employee_id = ? ORDER BY day""", id);
        rows.write(sink, "analytics-followers", """
                SELECT day, new_followers FROM analytics_follower_day WHERE employee_id = ? ORDER BY day""", id);
    }
}
