package dev.podium.accesslog;

import dev.podium.shared.AccessLogAction;
import dev.podium.shared.EmployeeId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * HR's filter on the access log; every part may be left out.
 *
 * @param actor the start of the actor's user name (case-insensitive)
 * @param from recorded at or after
 * @param until recorded before
 */
public record AccessLogFilter(@Nullable String actor, @Nullable AccessLogAction action, @Nullable EmployeeId person,
        @Nullable Instant from, @Nullable Instant until) {

    public static AccessLogFilter none() {
        return new AccessLogFilter(null, null, null, null, null);
    }

    /** Said in the log when HR exports with this filter. */
    String describe() {
        StringBuilder text = new StringBuilder();
        if (actor != null && !actor.isBlank()) {
            text.append("actor=").append(actor.strip()).append(' ');
        }
        if (action != null) {
            text.append("action=").append(action).append(' ');
        }
        if (person != null) {
            text.append("person=").append(person.value()).append(' ');
        }
        if (from != null) {
            text.append("from=").append(from).append(' ');
        }
        if (until != null) {
            text.append("until=").append(until).append(' ');
        }
        return text.isEmpty() ? "no filter" : text.toString().strip();
    }
}
