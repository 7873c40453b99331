package dev.podium.activity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.LongConsumer;
import org.springframework.jdbc.core.ConnectionCallback;
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
    private static final int MAX_KEY = 500;
    private static final int MAX_TEXT = 1_000_000;

    // INSERT IGNORE: an item that is already there (same employee, source and natural key) stays as it is. Only
    // INSERT IGNORE (not ON DUPLICATE KEY UPDATE) travels as one bulk command with MariaDB 11.4; since IGNORE would
    // also silence data that does not fit, the writer keeps every value within its column first.
    private static final String INSERT = """
            INSERT IGNORE INTO activity_item (id, employee_id, source, kind, natural_key, occurred_at, text, link,
                shared_url, in_reply_to, reaction_type, classification, word_count, company_content, import_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private static final String COLUMNS = "source, kind, natural_key, occurred_at, text, link, shared_url, "
            + "in_reply_to, reaction_type, classification, word_count, company_content";

    private final JdbcTemplate jdbc;

    ItemStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes chunks of classified items (see {@link ReadAhead}) in the caller's transaction, one bulk command each. */
    Writer writer(long employeeId, long importId, LongConsumer written) {
        return new Writer(employeeId, importId, written);
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

    /**
     * When the employee's original posts and substantive comments of [from, to) happened. A post stored as the
     * person's own that links to the employer (imported before that counted as a reshare) is left out.
     */
    List<Dated> originalsAndSubstantiveComments(long employeeId, Instant from, Instant to) {
        return jdbc.query("SELECT classification, occurred_at FROM activity_item WHERE employee_id = ?"
                        + " AND occurred_at >= ? AND occurred_at < ?"
                        + " AND classification IN ('OWN_POST', 'ARTICLE', 'SUBSTANTIVE_COMMENT')"
                        + " AND NOT (classification = 'OWN_POST' AND company_content)",
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

    /** Writes classified chunks in the caller's transaction. */
    final class Writer {

        private final long employeeId;
        private final long importId;
        private final LongConsumer written;
        private long flushed;

        private Writer(long employeeId, long importId, LongConsumer written) {
            this.employeeId = employeeId;
            this.importId = importId;
            this.written = written;
        }

        /** How many items were handed over so far. */
        long written() {
            return flushed;
        }

        void write(List<ClassifiedItem> chunk) {
            if (chunk.isEmpty()) {
                return;
            }
            if (chunk.size() > CHUNK) {
                throw new IllegalArgumentException("At most " + CHUNK + " rows per chunk, got " + chunk.size());
            }
            // ids a thousand at a time: the sequence steps by CHUNK, so one NEXTVAL reserves the whole chunk
            Long first = jdbc.queryForObject("SELECT NEXTVAL(activity_item_seq)", Long.class);
            jdbc.execute((ConnectionCallback<int[]>) connection -> {
                try (PreparedStatement ps = bulkStatement(connection)) {
                    for (int i = 0; i < chunk.size(); i++) {
                        ClassifiedItem classified = chunk.get(i);
                        ActivityItem item = classified.item();
                        ps.setLong(1, first + i);
                        ps.setLong(2, employeeId);
                        ps.setString(3, item.source().name());
                        ps.setString(4, item.kind().name());
                        ps.setString(5, key(item.naturalKey()));
                        ps.setObject(6, utc(item.occurredAt()));
                        setNullable(ps, 7, text(item.text()));
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
                        ps.addBatch();
                    }
                    return ps.executeBatch();
                }
            });
            flushed += chunk.size();
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

    /**
     * A server-side prepared statement, so MariaDB Connector/J sends a whole batch as one bulk command
     * (COM_STMT_BULK_EXECUTE: the rows travel in binary and the server runs the statement once per row without
     * parsing it again). The application's connections use client-side statements, and Connector/J offers the
     * server-side kind per statement only through its own {@code prepareInternal}; called reflectively because
     * the driver is a runtime dependency. Any other driver gets a plain prepared statement.
     */
    private static PreparedStatement bulkStatement(Connection connection) throws SQLException {
        if (MARIADB_CONNECTION != null && connection.isWrapperFor(MARIADB_CONNECTION)) {
            try {
                return (PreparedStatement) PREPARE_INTERNAL.invoke(connection.unwrap(MARIADB_CONNECTION), INSERT,
                        Statement.NO_GENERATED_KEYS, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY, true);
            } catch (ReflectiveOperationException e) {
                // fall through to the portable statement
            }
        }
        return connection.prepareStatement(INSERT);
    }

    private static final Class<?> MARIADB_CONNECTION;
    private static final java.lang.reflect.Method PREPARE_INTERNAL;

    static {
        Class<?> type = null;
        java.lang.reflect.Method method = null;
        try {
            type = Class.forName("org.mariadb.jdbc.Connection");
            method = type.getMethod("prepareInternal", String.class, int.class, int.class, int.class, boolean.class);
        } catch (ReflectiveOperationException e) {
            type = null;
        }
        MARIADB_CONNECTION = type;
        PREPARE_INTERNAL = method;
    }

    /** The reader keeps keys within the column; a longer one would be a reader bug, not bad input. */
    private static String key(String naturalKey) {
        if (naturalKey.length() > MAX_KEY) {
            throw new IllegalStateException("Natural key longer than " + MAX_KEY + " characters: "
                    + naturalKey.substring(0, 80) + "…");
        }
        return naturalKey;
    }

    /** MEDIUMTEXT holds 16 MB; no post or article comes near a million characters, garbage might. */
    private static String text(String text) {
        return text == null || text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT);
    }
}
