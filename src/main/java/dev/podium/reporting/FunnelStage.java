package dev.podium.reporting;

/** The programme's steps, in order; each counts the people who reached it (not only those still there). */
public enum FunnelStage {
    /** enrolled in at least one course (assigned or self-enrolled) */
    ASSIGNED,
    /** completed at least one lesson */
    STARTED,
    /** completed every course they are enrolled in */
    COURSES_COMPLETED,
    /** a coach approved their profile audit */
    AUDIT_APPROVED,
    /** holds a certificate that is valid today */
    CERTIFIED
}
