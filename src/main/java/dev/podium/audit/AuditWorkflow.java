package dev.podium.audit;

import java.time.Instant;

/**
 * The review process as the audit service sees it; implemented in {@code audit.process} so that only that package
 * touches Flowable. Each call runs in the caller's transaction.
 */
public interface AuditWorkflow {

    /** Starts the review of a newly submitted audit (assigns the coach on the way). */
    void start(long auditId, String employeeId);

    /** The assigned coach decided on the current round. */
    void reviewed(long auditId, boolean approved, Instant revisionReminderAt);

    /** The employee resubmitted after a revision request. */
    void resubmitted(long auditId);

    /** Gives the open review task to another coach. */
    void reassigned(long auditId, String coachId);

    /** Ends the process of an audit that will not be completed. */
    void cancel(long auditId, String reason);

    /**
     * The audited person's data must go: ends the audit's process if it still runs and deletes its history (variables,
     * tasks, comments, identity links), so the engine's tables keep nothing of the audit either.
     */
    void erase(long auditId);
}
