package dev.podium.activity;

/** Who may ask the activity services about whom. */
final class ActivityAccess {

    /** Who may ask about someone's evidence: HR and coaches, or the employee about themself. */
    static final String EVIDENCE_READERS = "hasAnyRole('SYSTEM', 'HR_ADMIN', 'COACH') or (hasRole('EMPLOYEE')"
            + " and @currentUser.get().isPresent() and @currentUser.employeeId().equals(#employee))";

    private ActivityAccess() {
    }
}
