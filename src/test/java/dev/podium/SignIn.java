package dev.podium;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A test signed in on this thread as a real person: their account loaded through the {@link UserDetailsService} the
 * login form uses, so the services see that person's own identity and roles, as behind a signed-in request. One
 * helper instead of a private copy per test. Not {@link AsHr} (set-up with HR's rights, nobody in particular) and
 * not {@code SystemUser} (the system's own work).
 */
public final class SignIn {

    private SignIn() {
    }

    /** Signs the person with that user name (their e-mail) in on this thread, until {@link #out()}. */
    public static void as(UserDetailsService users, String username) {
        as(users.loadUserByUsername(username));
    }

    /** Signs in a person whose account is already loaded (or built, in a unit test). */
    public static void as(UserDetails person) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(person, null, person.getAuthorities()));
    }

    /** Nobody signed in on this thread any more. */
    public static void out() {
        SecurityContextHolder.clearContext();
    }

    /** Does the work signed in as that person, then gives the thread back whoever was signed in before. */
    public static <T> T call(UserDetailsService users, String username, Supplier<T> work) {
        UserDetails person = users.loadUserByUsername(username);
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext asPerson = SecurityContextHolder.createEmptyContext();
        asPerson.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(person, null, person.getAuthorities()));
        SecurityContextHolder.setContext(asPerson);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void run(UserDetailsService users, String username, Runnable work) {
        call(users, username, () -> {
            work.run();
            return null;
        });
    }
}
