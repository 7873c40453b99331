package dev.podium.audit;

/** Where an audit stands. */
public enum AuditStatus {
    /** Waiting for the assigned coach's review. */
    IN_REVIEW,
    /** The coach asked for changes; waiting for the employee. */
    REVISION_REQUESTED,
    APPROVED,
    /** Ended without a result, e.g. because the employee left. */
    CANCELLED;

    public boolean open() {
        return this == IN_REVIEW || this == REVISION_REQUESTED;
    }
}
