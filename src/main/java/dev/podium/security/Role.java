package dev.podium.security;

/** The roles a person can hold; one person may hold several. */
public enum Role {
    EMPLOYEE(Roles.EMPLOYEE),
    COACH(Roles.COACH),
    LINE_MANAGER(Roles.LINE_MANAGER),
    HR_ADMIN(Roles.HR_ADMIN);

    private final String roleName;

    Role(String roleName) {
        this.roleName = roleName;
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
