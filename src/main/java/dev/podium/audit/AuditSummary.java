package dev.podium.audit;

import dev.podium.shared.EmployeeId;
import java.time.Instant;

/**
 * One audit in a list: status and scores, never profile texts.
 *
 * @param reviewDueAt when the coach's review is due (null unless waiting for the coach)
 * @param slaBreached the review is overdue now
 * @param points the automatic points of the latest round plus, once approved, the coach's
 */
public record AuditSummary(long auditId, EmployeeId employee, String employeeName, EmployeeId coach,
        String coachName, AuditStatus status, int round, Instant submittedAt, Instant reviewDueAt,
        boolean slaBreached, int points, Integer finalScore) {
}
