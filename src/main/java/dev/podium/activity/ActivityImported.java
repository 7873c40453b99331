package dev.podium.activity;

import dev.podium.shared.EmployeeId;
import java.time.Instant;

/**
 * An employee's archive was imported; published inside the import's transaction, so listeners that run before
 * commit see the new items and a failed import publishes nothing that sticks.
 *
 * @param added items that were new (0 when the same archive came again)
 */
public record ActivityImported(EmployeeId employee, ActivitySource source, int added, Instant importedAt) {
}
