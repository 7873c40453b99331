package dev.podium.accesslog;

import dev.podium.shared.AccessLogAction;
import dev.podium.shared.EmployeeId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The {@code access_log} table, by plain JDBC: rows are only ever inserted (the triggers refuse the rest), and an
 * insert through {@link JdbcTemplate} joins the caller's JPA transaction on the same connection without waiting for
 * Hibernate's flush (which a read-only transaction would never do).
 */
@Component
class AccessLogStore {

    private static final String COLUMNS =
            "id, recorded_at, actor_id, actor_name, action, person_id, group_name, detail, node";

    private final JdbcTemplate jdbc;

    AccessLogStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Instant at, @Nullable EmployeeId actorId, String actorName, AccessLogAction action,
            @Nullable EmployeeId person, @Nullable String group, String detail, String node) {
        jdbc.update("INSERT INTO access_log (recorded_at, actor_id, actor_name, action, person_id, group_name, detail, "
                + "node) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", Timestamp.from(at),
                actorId == null ? null : actorId.value(), cut(actorName, 200), action.name(),
                person == null ? null : person.value(), group == null ? null : cut(group, 300), cut(detail, 1000),
                cut(node, 150));
    }

    /** Newest first; {@code offset}/{@code limit} as the lazy grid asks. */
    List<AccessLogEntry> page(AccessLogFilter filter, long offset, int limit) {
        List<Object> parameters = new ArrayList<>();
        String where = where(filter, parameters);
        parameters.add(limit);
        parameters.add(offset);
        return jdbc.query("SELECT " + COLUMNS + " FROM access_log" + where
                + " ORDER BY recorded_at DESC, id DESC LIMIT ? OFFSET ?", AccessLogStore::entry, parameters.toArray());
    }

    long count(AccessLogFilter filter) {
        List<Object> parameters = new ArrayList<>();
        String where = where(filter, parameters);
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM access_log" + where, Long.class, parameters.toArray());
        return count == null ? 0 : count;
    }

    /**
     * Deletes the rows recorded before the cut-off. Must run inside a transaction, so that the session variable the
     * delete trigger checks is set, used and cleared on one connection (a pooled connection keeps its variables).
     */
    int purgeBefore(Instant cutOff) {
        jdbc.update("SET @access_log_purge_before = ?", Timestamp.from(cutOff));
        try {
            return jdbc.update("DELETE FROM access_log WHERE recorded_at < ?", Timestamp.from(cutOff));
        } finally {
            jdbc.update("SET @access_log_purge_before = NULL");
        }
    }

    private static String where(AccessLogFilter filter, List<Object> parameters) {
        List<String> conditions = new ArrayList<>();
        if (filter.actor() != null && !filter.actor().isBlank()) {
            conditions.add("actor_name LIKE ? ESCAPE '!'");
            parameters.add(filter.actor().strip().toLowerCase(Locale.ROOT)
                    .replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        }
        if (filter.action() != null) {
            conditions.add("action = ?");
            parameters.add(filter.action().name());
        }
        if (filter.person() != null) {
            conditions.add("person_id = ?");
            parameters.add(filter.person().value());
        }
        if (filter.from() != null) {
            conditions.add("recorded_at >= ?");
            parameters.add(Timestamp.from(filter.from()));
        }
        if (filter.until() != null) {
            conditions.add("recorded_at < ?");
            parameters.add(Timestamp.from(filter.until()));
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static AccessLogEntry entry(ResultSet row, int number) throws SQLException {
        long actor = row.getLong("actor_id");
        EmployeeId actorId = row.wasNull() ? null : EmployeeId.of(actor);
        long person = row.getLong("person_id");
        EmployeeId personId = row.wasNull() ? null : EmployeeId.of(person);
        return new AccessLogEntry(row.getLong("id"), row.getTimestamp("recorded_at").toInstant(), actorId,
                row.getString("actor_name"), AccessLogAction.valueOf(row.getString("action")), personId,
                row.getString("group_name"), row.getString("detail"), row.getString("node"));
    }

    private static String cut(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }
}
