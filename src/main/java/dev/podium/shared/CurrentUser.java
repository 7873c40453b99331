package dev.podium.shared;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The signed-in person, for services and views; use this rather than static security-context calls. */
@Component
public class CurrentUser {

    public Optional<SignedInUser> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return Optional.empty();
        }
        return authentication.getPrincipal() instanceof SignedInPrincipal principal
                ? Optional.of(principal.signedInUser()) : Optional.empty();
    }

    /** The signed-in person; denies access when nobody is signed in (or only the system is at work). */
    public SignedInUser require() {
        return get().orElseThrow(() -> new AccessDeniedException("Nobody is signed in"));
    }

    public EmployeeId employeeId() {
        return require().employeeId();
    }

    public boolean hasRole(Role role) {
        return get().map(user -> user.hasRole(role)).orElse(false);
    }
}
