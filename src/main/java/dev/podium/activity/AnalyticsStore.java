package dev.podium.activity;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The figures of LinkedIn's analytics export, written with plain JDBC upserts on their natural keys (post URN, day):
 * importing the same export again changes nothing, a newer one of an overlapping period updates the figures.
 */
@Component
class AnalyticsStore {

    private static final int CHUNK = 1_000;

    // a figure the row does not state (null) keeps what an earlier row or export said
    private static final String UPSERT_POST = """
            INSERT INTO analytics_post (employee_id, post_key, post_url, published_on, impressions, engagements,
                comments, reposts, reactions, import_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON DUPLICATE KEY UPDATE post_url = COALESCE(VALUES(post_url), post_url),
                published_on = COALESCE(VALUES(published_on), published_on),
                impressions = COALESCE(VALUES(impressions), impressions),
                engagements = COALESCE(VALUES(engagements), engagements),
                comments = COALESCE(VALUES(comments), comments), reposts = COALESCE(VALUES(reposts), reposts),
                reactions = COALESCE(VALUES(reactions), reactions)""";
    private static final String UPSERT_DAY = """
            INSERT INTO analytics_day (employee_id, day, impressions, engagements) VALUES (?, ?, ?, ?)
            ON DUPLICATE KEY UPDATE impressions = VALUES(impressions), engagements = VALUES(engagements)""";
    private static final String UPSERT_FOLLOWERS = """
            INSERT INTO analytics_follower_day (employee_id, day, new_followers) VALUES (?, ?, ?)
            ON DUPLICATE KEY UPDATE new_followers = VALUES(new_followers)""";

    private final JdbcTemplate jdbc;

    AnalyticsStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A post's figures as stored. */
    record StoredPost(String key, String url, LocalDate publishedOn, Integer impressions, Integer engagements,
            Integer comments, Integer reposts, Integer reactions) {
    }

    long countPosts(long employeeId) {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM analytics_post WHERE employee_id = ?", Long.class,
                employeeId);
        return n == null ? 0 : n;
    }

    /** Starts an import run (as failed until {@link #complete}) and returns its id. */
    long start(long employeeId, String fileName, Instant started) {
        Long id = jdbc.queryForObject("SELECT NEXTVAL(activity_analytics_import_seq)", Long.class);
        jdbc.update("INSERT INTO activity_analytics_import (id, employee_id, file_name, status, rows_read, posts_added,"
                + " started_at, finished_at) VALUES (?, ?, ?, 'FAILED', 0, 0, ?, ?)", id, employeeId,
                name(fileName), utc(started), utc(started));
        return id;
    }

    void complete(long runId, AnalyticsReport report, int postsAdded, Instant finished) {
        jdbc.update("UPDATE activity_analytics_import SET status = 'COMPLETED', rows_read = ?, posts_added = ?,"
                + " period_start = ?, period_end = ?, impressions = ?, members_reached = ?, total_followers = ?,"
                + " total_followers_on = ?, finished_at = ? WHERE id = ?", report.rows(), postsAdded,
                report.periodStart(), report.periodEnd(), report.impressions(), report.membersReached(),
                report.totalFollowers(), report.totalFollowersOn(), utc(finished), runId);
    }

    void refused(long employeeId, String fileName, String messageKey, Instant started, Instant finished) {
        Long id = jdbc.queryForObject("SELECT NEXTVAL(activity_analytics_import_seq)", Long.class);
        String key = messageKey == null || messageKey.length() <= 120 ? messageKey : messageKey.substring(0, 120);
        jdbc.update("INSERT INTO activity_analytics_import (id, employee_id, file_name, status, rows_read, posts_added,"
                + " message_key, started_at, finished_at) VALUES (?, ?, ?, ?, 0, 0, ?, ?, ?)", id, employeeId,
                name(fileName), key == null ? "FAILED" : "REJECTED", key, utc(started), utc(finished));
    }

    /** The person's last completed analytics import. */
    Optional<AnalyticsSummary> lastImport(long employeeId) {
        return jdbc.query("SELECT file_name, finished_at, rows_read, posts_added, period_start, period_end,"
                + " impressions, members_reached, total_followers, total_followers_on FROM activity_analytics_import"
                + " WHERE employee_id = ? AND status = 'COMPLETED' ORDER BY finished_at DESC, id DESC LIMIT 1",
                (rs, row) -> new AnalyticsSummary(rs.getString(1),
                        rs.getObject(2, LocalDateTime.class).toInstant(ZoneOffset.UTC), rs.getInt(3), rs.getInt(4),
                        rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class), integer(rs, 7),
                        integer(rs, 8), integer(rs, 9), rs.getObject(10, LocalDate.class)), employeeId)
                .stream().findFirst();
    }

    /** The person's posts published in [from, to], oldest first. */
    List<StoredPost> posts(long employeeId, LocalDate from, LocalDate to) {
        return jdbc.query("SELECT post_key, post_url, published_on, impressions, engagements, comments, reposts,"
                + " reactions FROM analytics_post WHERE employee_id = ? AND published_on BETWEEN ? AND ?"
                + " ORDER BY published_on, post_key", (rs, row) -> new StoredPost(rs.getString(1), rs.getString(2),
                        rs.getObject(3, LocalDate.class), integer(rs, 4), integer(rs, 5), integer(rs, 6),
                        integer(rs, 7), integer(rs, 8)), employeeId, from, to);
    }

    /** Followers gained per day in [from, to]. */
    List<AnalyticsFigures.FollowerDay> followerDays(long employeeId, LocalDate from, LocalDate to) {
        return jdbc.query("SELECT day, new_followers FROM analytics_follower_day WHERE employee_id = ?"
                + " AND day BETWEEN ? AND ? ORDER BY day", (rs, row) -> new AnalyticsFigures.FollowerDay(
                        rs.getObject(1, LocalDate.class), rs.getInt(2)), employeeId, from, to);
    }

    void erase(long employeeId) {
        for (String table : new String[] {"analytics_post", "analytics_day", "analytics_follower_day",
                "activity_analytics_import"}) {
            jdbc.update("DELETE FROM " + table + " WHERE employee_id = ?", employeeId);
        }
    }

    Writer writer(long employeeId, long importId, LongConsumer written) {
        return new Writer(employeeId, importId, written);
    }

    /** Collects rows and writes them a thousand at a time in the caller's transaction. */
    final class Writer implements AnalyticsFigures.Sink {
        private final long employeeId;
        private final long importId;
        private final LongConsumer written;
        private final List<AnalyticsFigures.Post> posts = new ArrayList<>();
        private final List<AnalyticsFigures.Day> days = new ArrayList<>();
        private final List<AnalyticsFigures.FollowerDay> followers = new ArrayList<>();
        private long count;

        private Writer(long employeeId, long importId, LongConsumer written) {
            this.employeeId = employeeId;
            this.importId = importId;
            this.written = written;
        }

        @Override
        public void post(AnalyticsFigures.Post post) {
            posts.add(post);
            if (posts.size() == CHUNK) {
                flushPosts();
            }
        }

        @Override
        public void day(AnalyticsFigures.Day day) {
            days.add(day);
            if (days.size() == CHUNK) {
                flushDays();
            }
        }

        @Override
        public void followers(AnalyticsFigures.FollowerDay day) {
            followers.add(day);
            if (followers.size() == CHUNK) {
                flushFollowers();
            }
        }

        void finish() {
            flushPosts();
            flushDays();
            flushFollowers();
        }

        private void flushPosts() {
            if (posts.isEmpty()) {
                return;
            }
            jdbc.batchUpdate(UPSERT_POST, posts, posts.size(), (ps, p) -> {
                ps.setLong(1, employeeId);
                ps.setString(2, p.key());
                setString(ps, 3, p.url());
                ps.setObject(4, p.publishedOn() == null ? null : Date.valueOf(p.publishedOn()), Types.DATE);
                setInt(ps, 5, p.impressions());
                setInt(ps, 6, p.engagements());
                setInt(ps, 7, p.comments());
                setInt(ps, 8, p.reposts());
                setInt(ps, 9, p.reactions());
                ps.setLong(10, importId);
            });
            progressed(posts.size());
            posts.clear();
        }

        private void flushDays() {
            if (days.isEmpty()) {
                return;
            }
            jdbc.batchUpdate(UPSERT_DAY, days, days.size(), (ps, d) -> {
                ps.setLong(1, employeeId);
                ps.setObject(2, Date.valueOf(d.day()), Types.DATE);
                ps.setInt(3, d.impressions());
                ps.setInt(4, d.engagements());
            });
            progressed(days.size());
            days.clear();
        }

        private void flushFollowers() {
            if (followers.isEmpty()) {
                return;
            }
            jdbc.batchUpdate(UPSERT_FOLLOWERS, followers, followers.size(), (ps, d) -> {
                ps.setLong(1, employeeId);
                ps.setObject(2, Date.valueOf(d.day()), Types.DATE);
                ps.setInt(3, d.newFollowers());
            });
            progressed(followers.size());
            followers.clear();
        }

        private void progressed(int rows) {
            count += rows;
            written.accept(count);
        }
    }

    private static void setInt(PreparedStatement ps, int index, Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setInt(index, value);
        }
    }

    private static void setString(PreparedStatement ps, int index, String value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.VARCHAR);
        } else {
            ps.setString(index, value);
        }
    }

    private static Integer integer(java.sql.ResultSet rs, int column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static String name(String fileName) {
        return fileName.length() > 255 ? fileName.substring(fileName.length() - 255) : fileName;
    }
}
