package dev.podium.shared;

/** Role names as compile-time constants, for {@code @RolesAllowed}. */
public final class Roles {

    public static final String EMPLOYEE = "EMPLOYEE";
    public static final String COACH = "COACH";
    public static final String LINE_MANAGER = "LINE_MANAGER";
    public static final String HR_ADMIN = "HR_ADMIN";
    /**
     * Podium itself (workflow steps, listeners, scheduled jobs, start-up), through {@link SystemUser} only. No person
     * holds it: it cannot be granted, imported or mapped from a sign-in provider.
     */
    public static final String SYSTEM = "SYSTEM";

    private Roles() {
    }
}
