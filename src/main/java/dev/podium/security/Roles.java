package dev.podium.security;

/** Role names as compile-time constants, for {@code @RolesAllowed}. */
public final class Roles {

    public static final String EMPLOYEE = "EMPLOYEE";
    public static final String COACH = "COACH";
    public static final String LINE_MANAGER = "LINE_MANAGER";
    public static final String HR_ADMIN = "HR_ADMIN";

    private Roles() {
    }
}
