package dev.podium.activity;

/** Who may ask the activity services about whom. */
final class ActivityAccess {

    /**
     * Who may ask about someone's evidence: the system (programme goals, renewals, reporting's listener), the employee
     * about themself, or a coach about a participant assigned to them in an open programme ({@code CoachingRelations},
     * implemented by coaching). Not HR: HR sees activity only as group aggregates on the dashboard. Not any coach about
     * anyone: the coaching screens are not the only way in.
     */
    static final String EVIDENCE_READERS = "hasRole('SYSTEM') or (@currentUser.get().isPresent()"
            + " and ((hasRole('EMPLOYEE') and @currentUser.employeeId().equals(#employee))"
            + " or (hasRole('COACH') and @coachingRelations.coaches(@currentUser.employeeId(), #employee))))";

    private ActivityAccess() {
    }
}
