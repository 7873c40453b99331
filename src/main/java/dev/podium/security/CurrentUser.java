package dev.podium.security;

import dev.podium.shared.EmployeeId;
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
        return PodiumUser.of(authentication.getPrincipal()).map(user -> new SignedInUser(
                EmployeeId.of(user.employeeId()), user.getUsername(), user.displayName(), user.roles()));
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

    Optional<PodiumUser> principal() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? Optional.empty() : PodiumUser.of(authentication.getPrincipal());
    }
}
