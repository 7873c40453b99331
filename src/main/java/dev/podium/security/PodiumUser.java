package dev.podium.security;

import dev.podium.shared.EmployeeId;
import dev.podium.shared.Role;
import dev.podium.shared.SignedInPrincipal;
import dev.podium.shared.SignedInUser;
import java.io.Serial;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

/** The authenticated principal kept in the HTTP session; carries the session version it was issued under. */
final class PodiumUser implements UserDetails, CredentialsContainer, SignedInPrincipal {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long accountId;
    private final long employeeId;
    private final String username;
    private String passwordHash;
    private final String displayName;
    private final Set<Role> roles;
    private final boolean enabled;
    private final boolean locked;
    private final int sessionVersion;
    /** Signed in through the identity provider rather than with a Podium password. */
    private final boolean viaSingleSignOn;

    PodiumUser(UserAccount account, boolean locked) {
        this(account, locked, false);
    }

    PodiumUser(UserAccount account, boolean locked, boolean viaSingleSignOn) {
        this.viaSingleSignOn = viaSingleSignOn;
        this.accountId = account.id();
        this.employeeId = account.employeeId();
        this.username = account.username();
        this.passwordHash = account.passwordHash();
        this.displayName = account.displayName();
        this.roles = Set.copyOf(account.roles());
        this.enabled = account.enabled();
        this.locked = locked;
        this.sessionVersion = account.sessionVersion();
    }

    /** The Podium person behind the current thread's session, however they signed in. */
    static Optional<PodiumUser> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? Optional.empty() : of(authentication.getPrincipal());
    }

    @Override
    public SignedInUser signedInUser() {
        return new SignedInUser(EmployeeId.of(employeeId), username, displayName, roles);
    }

    /** The Podium person behind a session's principal, however they signed in. */
    static Optional<PodiumUser> of(Object principal) {
        return switch (principal) {
            case PodiumUser user -> Optional.of(user);
            case PodiumOidcUser oidc -> Optional.of(oidc.podiumUser());
            case null, default -> Optional.empty();
        };
    }

    boolean viaSingleSignOn() {
        return viaSingleSignOn;
    }

    long accountId() {
        return accountId;
    }

    long employeeId() {
        return employeeId;
    }

    String displayName() {
        return displayName;
    }

    Set<Role> roles() {
        return roles;
    }

    int sessionVersion() {
        return sessionVersion;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        // SYSTEM is never stored on an account (a check constraint refuses it); filtered all the same, so that no
        // sign-in can ever carry it
        List<GrantedAuthority> authorities = roles.stream().filter(Role::grantable)
                .map(role -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority())).toList();
        return authorities;
    }

    @Override
    public String getPassword() {
        // an account without a password yet gets a value no encoder ever produces, so no login can succeed
        return passwordHash == null ? "{noop-unset}" : passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
