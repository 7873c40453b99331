package dev.podium.activity;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * The activity items, written and read with plain JDBC: an import streams up to hundreds of thousands of rows, which
 * Hibernate would first turn into managed entities. Times are stored as UTC wall-clock values, as Hibernate does
 * with {@code hibernate.jdbc.time_zone=UTC}, whatever the JVM's zone.
 */
@Component
class ItemStore {

    /** Rows per JDBC batch: big enough to amortise round trips, small enough to keep the heap flat. */
    static final int CHUNK = 1_000;

    private static final int MAX_LINK = 2048;
    private static final int MAX_REACTION = 64;

    // a row that is already there stays as it is ("ON DUPLICATE KEY UPDATE id = id" changes nothing); unlike
    // INSERT IGNORE this still fails on data that does not fit, instead of silently truncating it
    private static final String INSERT = """
            INSERT INTO activity_item (id, employee_id, source, kind, natural_key, occurred_at, text, link, shared_url,
                in_reply_to, reaction_type, classification, word_count, company_content, import_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON DUPLICATE KEY UPDATE id = id""";

    private static final String COLUMNS = "source, kind, natural_key, occurred_at, text, link, shared_url, "
            + "in_reply_to, reaction_type, classification, word_count, company_content";

    private final JdbcTemplate jdbc;

    ItemStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A sink for the archive reader that classifies each item and writes it in chunks of {@link #CHUNK}, in the
     * caller's transaction. Call {@link Writer#finish()} after the reader returns.
     */
    Writer writer(long employeeId, long importId, ItemClassifier classifier, LongConsumer written) {
        return new Writer(employeeId, importId, classifier, written);
    }

    long count(long employeeId) {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM activity_item WHERE employee_id = ?", Long.class,
                employeeId);
        return count == null ? 0 : count;
    }

    /** The employee's items that happened in [from, to), oldest first. */
    List<ClassifiedItem> between(long employeeId, Instant from, Instant to) {
        return jdbc.query("SELECT " + COLUMNS + " FROM activity_item WHERE employee_id = ? AND occurred_at >= ?"
                + " AND occurred_at < ? ORDER BY occurred_at, id", CLASSIFIED, employeeId, utc(from), utc(to));
    }

    /** When the employee's original posts and substantive comments of [from, to) happened. */
    List<Dated> originalsAndSubstantiveComments(long employeeId, Instant from, Instant to) {
        return jdbc.query("SELECT classification, occurred_at FROM activity_item WHERE employee_id = ?"
                        + " AND occurred_at >= ? AND occurred_at < ?"
                        + " AND classification IN ('OWN_POST', 'ARTICLE', 'SUBSTANTIVE_COMMENT')",
                (rs, row) -> new Dated(Classification.valueOf(rs.getString(1)), instant(rs, 2)),
                employeeId, utc(from), utc(to));
    }

    /** A page of the employee's own items, newest first. */
    List<MyActivityItem> page(long employeeId, int offset, int limit) {
        return jdbc.query("SELECT " + COLUMNS + " FROM activity_item WHERE employee_id = ?"
                + " ORDER BY occurred_at DESC, id DESC LIMIT ? OFFSET ?", (rs, row) -> {
                    ClassifiedItem item = CLASSIFIED.mapRow(rs, row);
                    ActivityItem raw = item.item();
                    return new MyActivityItem(raw.occurredAt(), raw.source(), raw.kind(), item.classification(),
                            raw.text(), raw.link(), raw.sharedUrl(), item.wordCount(), item.companyContent());
                }, employeeId, limit, offset);
    }

    record Dated(Classification classification, Instant occurredAt) {
    }

    private static final RowMapper<ClassifiedItem> CLASSIFIED = (rs, row) -> new ClassifiedItem(
            new ActivityItem(ActivitySource.valueOf(rs.getString("source")),
                    ActivityKind.valueOf(rs.getString("kind")), rs.getString("natural_key"),
                    instant(rs, "occurred_at"), rs.getString("text"), rs.getString("link"),
                    rs.getString("shared_url"), rs.getString("in_reply_to"), rs.getString("reaction_type")),
            Classification.valueOf(rs.getString("classification")), rs.getInt("word_count"),
            rs.getBoolean("company_content"));

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDateTime.class).toInstant(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, LocalDateTime.class).toInstant(ZoneOffset.UTC);
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** Links longer than a browser would follow are not links worth keeping; the item itself still counts. */
    private static String link(String value) {
        return value == null || value.length() > MAX_LINK ? null : value;
    }

    final class Writer implements Consumer<ActivityItem> {

        private final long employeeId;
        private final long importId;
        private final ItemClassifier classifier;
        private final LongConsumer written;
        private final List<ClassifiedItem> chunk = new ArrayList<>(CHUNK);
        private long read;
        private long flushed;

        private Writer(long employeeId, long importId, ItemClassifier classifier, LongConsumer written) {
            this.employeeId = employeeId;
            this.importId = importId;
            this.classifier = classifier;
            this.written = written;
        }

        @Override
        public void accept(ActivityItem item) {
            chunk.add(classifier.classify(item));
            read++;
            if (chunk.size() == CHUNK) {
                flush();
            }
        }

        /** Writes what is left; returns how many items the reader handed over. */
        long finish() {
            flush();
            return read;
        }

        private void flush() {
            if (chunk.isEmpty()) {
                return;
            }
            // ids a thousand at a time: the sequence steps by CHUNK, so one NEXTVAL reserves the whole chunk
            Long first = jdbc.queryForObject("SELECT NEXTVAL(activity_item_seq)", Long.class);
            jdbc.batchUpdate(INSERT, new BatchPreparedStatementSetter() {
                @Override
                public void setValues(PreparedStatement ps, int i) throws SQLException {
                    ClassifiedItem classified = chunk.get(i);
                    ActivityItem item = classified.item();
                    ps.setLong(1, first + i);
                    ps.setLong(2, employeeId);
                    ps.setString(3, item.source().name());
                    ps.setString(4, item.kind().name());
                    ps.setString(5, item.naturalKey());
                    ps.setObject(6, utc(item.occurredAt()));
                    setNullable(ps, 7, item.text());
                    setNullable(ps, 8, link(item.link()));
                    setNullable(ps, 9, link(item.sharedUrl()));
                    setNullable(ps, 10, link(item.inReplyTo()));
                    String reaction = item.reactionType();
                    setNullable(ps, 11, reaction == null || reaction.length() <= MAX_REACTION ? reaction
                            : reaction.substring(0, MAX_REACTION));
                    ps.setString(12, classified.classification().name());
                    ps.setInt(13, classified.wordCount());
                    ps.setBoolean(14, classified.companyContent());
                    ps.setLong(15, importId);
                }

                @Override
                public int getBatchSize() {
                    return chunk.size();
                }
            });
            flushed += chunk.size();
            chunk.clear();
            written.accept(flushed);
        }

        private static void setNullable(PreparedStatement ps, int index, String value) throws SQLException {
            if (value == null) {
                ps.setNull(index, Types.VARCHAR);
            } else {
                ps.setString(index, value);
            }
        }
    }
}
