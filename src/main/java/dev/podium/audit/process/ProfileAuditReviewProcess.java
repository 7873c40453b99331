package dev.podium.audit.process;

import org.flowable.engine.delegate.DelegateExecution;

/** Names of the {@code profileAuditReview} process: its key, tasks and variables. */
public final class ProfileAuditReviewProcess {

    public static final String KEY = "profileAuditReview";
    public static final String COACH_REVIEW = "coachReview";
    public static final String EMPLOYEE_REVISION = "employeeRevision";

    /** The audit's id (long); the business key is the same id as text. */
    public static final String AUDIT_ID = "auditId";
    /** Assignee of the revision task: the employee's id as text. */
    public static final String EMPLOYEE_ID = "employeeId";
    /** Assignee of the review task: the coach's id as text (transient: set by the step that assigns the coach). */
    public static final String COACH_ID = "coachId";
    /** When the coach is reminded (a date; transient). */
    public static final String COACH_REMINDER_AT = "coachReminderAt";
    /** When HR is told the review is overdue (a date; transient). */
    public static final String ESCALATION_AT = "escalationAt";
    /** The coach's decision: true approves, false asks for a revision (transient: passed with the completed task). */
    public static final String APPROVED = "approved";
    /** When the employee is reminded of a revision still waiting (a date; transient, passed with the decision). */
    public static final String REVISION_REMINDER_AT = "revisionReminderAt";

    private ProfileAuditReviewProcess() {
    }

    static long auditId(DelegateExecution execution) {
        return ((Number) execution.getVariable(AUDIT_ID)).longValue();
    }
}
