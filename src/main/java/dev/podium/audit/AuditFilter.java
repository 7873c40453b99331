package dev.podium.audit;

import java.time.Instant;
import java.util.Set;

/**
 * What a list of audits shows.
 *
 * @param statuses empty for the open ones
 * @param dueBefore only reviews due before this instant (null: any)
 * @param breachedOnly only reviews past their due date now
 */
public record AuditFilter(Set<AuditStatus> statuses, Instant dueBefore, boolean breachedOnly) {

    public AuditFilter {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    }

    public static AuditFilter open() {
        return new AuditFilter(Set.of(), null, false);
    }
}
