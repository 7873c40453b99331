package dev.podium.audit;

import dev.podium.shared.EmployeeId;

/**
 * One coach's open profile audits, for HR's view of coach workload and SLA breaches.
 *
 * @param inReview audits waiting for the coach's review
 * @param breached of those, the ones past their review due date now
 * @param waitingForEmployee audits the coach sent back for a revision
 */
public record CoachWorkload(EmployeeId coach, String coachName, int inReview, int breached, int waitingForEmployee) {
}
