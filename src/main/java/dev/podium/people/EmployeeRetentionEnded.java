package dev.podium.people;

import dev.podium.shared.EmployeeId;
import java.time.Instant;

/**
 * A leaver's retention period ({@code podium.people.retention-after-leaving}) is over: every module erases the
 * personal data it holds about them. Published inside the erasing transaction, so listeners take part in it
 * ({@code @EventListener}): the person's data goes everywhere at once or nowhere.
 */
public record EmployeeRetentionEnded(EmployeeId employeeId, Instant erasedAt) {
}
