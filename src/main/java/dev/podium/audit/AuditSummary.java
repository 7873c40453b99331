package dev.podium.audit;

import dev.podium.shared.EmployeeId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One audit in a list: status, never profile texts. Scores only for the coach who holds the review: HR runs the
 * programme from the workflow status (who holds it, is it due or overdue) and sees scores only as group aggregates
 * on the dashboard, and a coach offered a colleague's overdue review sees no score before claiming it.
 *
 * @param reviewDueAt when the coach's review is due (null unless waiting for the coach)
 * @param slaBreached the review is overdue now
 * @param points the automatic points of the latest round plus, once approved, the coach's; null when not shown
 * @param finalScore the approved score; null while open, and when not shown
 */
public record AuditSummary(long auditId, EmployeeId employee, String employeeName, EmployeeId coach,
        String coachName, AuditStatus status, int round, Instant submittedAt, Instant reviewDueAt,
        boolean slaBreached, @Nullable Integer points, @Nullable Integer finalScore) {

    /** The same audit without its scores. */
    AuditSummary withoutScores() {
        return new AuditSummary(auditId, employee, employeeName, coach, coachName, status, round, submittedAt,
                reviewDueAt, slaBreached, null, null);
    }
}
