package dev.podium.shared;

/**
 * Whether one person coaches another, declared here in the kernel so that modules below coaching (activity) can
 * limit a coach to their own participants without depending on coaching, which implements it as a bean named
 * {@code coachingRelations}. It runs as the caller: a coach asks about themself.
 */
public interface CoachingRelations {

    /** Whether {@code coach} is assigned to {@code person} in an open coaching programme. */
    boolean coaches(EmployeeId coach, EmployeeId person);
}
