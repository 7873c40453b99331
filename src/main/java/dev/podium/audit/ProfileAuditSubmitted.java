package dev.podium.audit;

import dev.podium.shared.EmployeeId;
import java.time.Instant;

/** An employee submitted their profile for audit ({@code round} 1) or resubmitted it after a revision request. */
public record ProfileAuditSubmitted(EmployeeId employee, long auditId, int round, Instant submittedAt) {
}
