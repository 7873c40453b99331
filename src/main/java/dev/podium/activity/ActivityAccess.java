package dev.podium.activity;

/** Who may ask the activity services about whom. */
final class ActivityAccess {

    /**
     * Who may ask about someone's evidence: the system (programme goals, renewals, reporting's listener), coaches
     * (the coaching module asks only for a participant assigned to the coach), or the employee about themself. Not
     * HR: HR sees activity only as group aggregates on the dashboard.
     */
    static final String EVIDENCE_READERS = "hasAnyRole('SYSTEM', 'COACH') or (hasRole('EMPLOYEE')"
            + " and @currentUser.get().isPresent() and @currentUser.employeeId().equals(#employee))";

    private ActivityAccess() {
    }
}
