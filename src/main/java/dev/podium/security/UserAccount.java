package dev.podium.security;

import dev.podium.shared.Role;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

@Entity
@Table(name = "user_account")
class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "user_account_seq")
    @SequenceGenerator(name = "user_account_seq", sequenceName = "user_account_seq", allocationSize = 50)
    private Long id;

    @Column(name = "employee_id", nullable = false, updatable = false)
    private long employeeId;

    @Column(nullable = false)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "password_hash")
    private String passwordHash;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role", nullable = false)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = new HashSet<>();

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    /** Raised whenever existing sessions must end: deactivation, new password, changed roles. */
    @Column(name = "session_version", nullable = false)
    private int sessionVersion;

    @Column(nullable = false)
    private String locale = "en";

    @Enumerated(EnumType.STRING)
    @Column(name = "color_scheme", nullable = false)
    private ColorScheme colorScheme = ColorScheme.LIGHT;

    @Column(nullable = false)
    private boolean demo;

    @Column(name = "password_change_required", nullable = false)
    private boolean passwordChangeRequired;

    @Column(name = "password_changed_at")
    private Instant passwordChangedAt;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Column(name = "invited_at")
    private Instant invitedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected UserAccount() {
    }

    UserAccount(long employeeId, AccountDraft draft, Instant now) {
        this.employeeId = employeeId;
        this.createdAt = now;
        apply(draft, now);
    }

    /** Applies HR's changes; a change of roles or username ends the person's sessions. */
    void apply(AccountDraft draft, Instant now) {
        Set<Role> newRoles = draft.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(draft.roles());
        refuseUngrantable(newRoles);
        boolean sessionsAffected = id != null && (!newRoles.equals(roles) || !draft.username().equals(username));
        this.username = draft.username();
        this.displayName = draft.displayName();
        this.roles.clear();
        this.roles.addAll(newRoles);
        this.locale = draft.locale().toLanguageTag();
        this.updatedAt = now;
        if (sessionsAffected) {
            sessionVersion++;
        }
    }

    /** An import renames the person; their roles, language and password stay. A new username ends sessions. */
    void rename(String newUsername, String newDisplayName, Instant now) {
        if (newUsername.equals(username) && newDisplayName.equals(displayName)) {
            return;
        }
        if (!newUsername.equals(username)) {
            sessionVersion++;
        }
        this.username = newUsername;
        this.displayName = newDisplayName;
        this.updatedAt = now;
    }

    /** HR hands out a password that someone else knows: the person must replace it before anything else. */
    void assignPassword(String newHash, Instant now) {
        changePassword(newHash, now);
        this.passwordChangeRequired = true;
    }

    /** The person's own new password (or a seeded demo one). */
    void changePassword(String newHash, Instant now) {
        this.passwordHash = newHash;
        this.passwordChangeRequired = false;
        this.passwordChangedAt = now;
        this.failedAttempts = 0;
        this.lockedUntil = null;
        this.demo = false;
        this.sessionVersion++;
        this.updatedAt = now;
    }

    /**
     * Roles from the identity provider's groups (only when a groups mapping is configured); a change ends the
     * person's other sessions, like HR's.
     */
    void rolesFromProvider(Set<Role> newRoles, Instant now) {
        refuseUngrantable(newRoles);
        if (newRoles.equals(roles)) {
            return;
        }
        this.roles.clear();
        this.roles.addAll(newRoles);
        this.sessionVersion++;
        this.updatedAt = now;
    }

    /** HR sent (or sent again) an invitation e-mail. */
    void invited(Instant now) {
        this.invitedAt = now;
        this.updatedAt = now;
    }

    Instant invitedAt() {
        return invitedAt;
    }

    Instant lastLoginAt() {
        return lastLoginAt;
    }

    void useDemoPassword(String hash, Instant now) {
        changePassword(hash, now);
        this.demo = true;
    }

    void deactivate(Instant now) {
        if (enabled) {
            enabled = false;
            sessionVersion++;
            updatedAt = now;
        }
    }

    void reactivate(Instant now) {
        if (!enabled) {
            enabled = true;
            failedAttempts = 0;
            lockedUntil = null;
            updatedAt = now;
        }
    }

    void unlock(Instant now) {
        failedAttempts = 0;
        lockedUntil = null;
        updatedAt = now;
    }

    void choosePreferences(Locale newLocale, ColorScheme newScheme, Instant now) {
        this.locale = newLocale.toLanguageTag();
        this.colorScheme = newScheme;
        this.updatedAt = now;
    }

    boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /**
     * @param clientLock the locks of this account for single clients ({@link LoginThrottle}), if any; the columns on
     *        the account itself hold only locks set before locks were counted per client
     */
    AccountStatus status(Instant now, LoginThrottle.Lock clientLock) {
        Instant until = lockedUntil;
        int failures = failedAttempts;
        if (clientLock != null) {
            until = until == null || clientLock.until() != null && clientLock.until().isAfter(until)
                    ? clientLock.until() : until;
            failures += clientLock.failures();
        }
        return new AccountStatus(dev.podium.shared.EmployeeId.of(employeeId), username,
                roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles), enabled,
                lockedAt(now) || clientLock != null && clientLock.lockedAt(now), until, failures,
                passwordHash != null, lastLoginAt);
    }

    Long id() {
        return id;
    }

    long employeeId() {
        return employeeId;
    }

    String username() {
        return username;
    }

    String displayName() {
        return displayName;
    }

    String passwordHash() {
        return passwordHash;
    }

    Set<Role> roles() {
        return roles;
    }

    boolean enabled() {
        return enabled;
    }

    int sessionVersion() {
        return sessionVersion;
    }

    Locale locale() {
        return Locale.forLanguageTag(locale);
    }

    ColorScheme colorScheme() {
        return colorScheme;
    }

    boolean demo() {
        return demo;
    }

    boolean passwordChangeRequired() {
        return passwordChangeRequired;
    }

    private static void refuseUngrantable(Set<Role> newRoles) {
        if (newRoles.stream().anyMatch(role -> !role.grantable())) {
            throw new IllegalArgumentException("No person may hold the role " + Role.SYSTEM
                    + ": it is Podium's own, for its workflow steps and background work");
        }
    }
}
