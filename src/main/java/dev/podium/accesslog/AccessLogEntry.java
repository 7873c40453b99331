package dev.podium.accesslog;

import dev.podium.shared.AccessLogAction;
import dev.podium.shared.EmployeeId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One row of the access log, as HR reads it.
 *
 * @param actorId the acting person, or null for the system (or a caller without a person)
 * @param actorName the acting person's user name at the time, {@code system} for Podium's own work
 */
public record AccessLogEntry(long id, Instant recordedAt, @Nullable EmployeeId actorId, String actorName,
        AccessLogAction action, @Nullable EmployeeId person, @Nullable String group, String detail, String node) {
}
