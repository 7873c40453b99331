package dev.podium.shared;

import java.util.Arrays;
import java.util.List;

/**
 * The roles a person can hold (one person may hold several), and {@link #SYSTEM}, which only Podium itself holds
 * while it works through {@link SystemUser}.
 */
public enum Role {
    EMPLOYEE(Roles.EMPLOYEE),
    COACH(Roles.COACH),
    LINE_MANAGER(Roles.LINE_MANAGER),
    HR_ADMIN(Roles.HR_ADMIN),
    /** Podium's own work; never granted to a person, never stored on an account (a check constraint refuses it). */
    SYSTEM(Roles.SYSTEM);

    private static final List<Role> GRANTABLE = Arrays.stream(values()).filter(Role::grantable).toList();

    private final String roleName;

    Role(String roleName) {
        this.roleName = roleName;
    }

    /** The roles a person can be given: every role but {@link #SYSTEM}. */
    public static List<Role> grantableRoles() {
        return GRANTABLE;
    }

    /** Whether a person may hold this role. */
    public boolean grantable() {
        return this != SYSTEM;
    }

    /** The name used in {@code @RolesAllowed}. */
    public String roleName() {
        return roleName;
    }

    /** The Spring Security authority, with its {@code ROLE_} prefix. */
    public String authority() {
        return "ROLE_" + roleName;
    }

    /** Key of the role's label in the message bundles. */
    public String messageKey() {
        return "role." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
