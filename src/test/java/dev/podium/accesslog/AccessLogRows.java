package dev.podium.accesslog;

import dev.podium.shared.AccessLogAction;
import dev.podium.shared.EmployeeId;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads what the access log recorded since a mark, straight from the table, for tests in any module: "this action
 * left exactly one row, with this actor, action and person".
 */
public final class AccessLogRows {

    private final JdbcTemplate jdbc;

    public AccessLogRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The newest row's id now; {@link #since} returns what came after. */
    public long mark() {
        Long max = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM access_log", Long.class);
        return max == null ? 0 : max;
    }

    public List<Row> since(long mark) {
        return jdbc.query("SELECT actor_id, actor_name, action, person_id, group_name, detail, node FROM access_log "
                + "WHERE id > ? ORDER BY id", (rs, n) -> {
                    long actor = rs.getLong(1);
                    EmployeeId actorId = rs.wasNull() ? null : EmployeeId.of(actor);
                    long person = rs.getLong(4);
                    EmployeeId personId = rs.wasNull() ? null : EmployeeId.of(person);
                    return new Row(actorId, rs.getString(2), AccessLogAction.valueOf(rs.getString(3)), personId,
                            rs.getString(5), rs.getString(6), rs.getString(7));
                }, mark);
    }

    /** One recorded row. */
    public record Row(@Nullable EmployeeId actorId, String actorName, AccessLogAction action,
            @Nullable EmployeeId person, @Nullable String group, String detail, String node) {
    }
}
