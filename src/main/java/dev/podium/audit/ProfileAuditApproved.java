package dev.podium.audit;

import dev.podium.shared.EmployeeId;
import java.time.Instant;

/** A coach approved an employee's profile audit; {@code finalScore} is out of 100. */
public record ProfileAuditApproved(EmployeeId employee, long auditId, int finalScore, EmployeeId coach,
        Instant approvedAt) {
}
