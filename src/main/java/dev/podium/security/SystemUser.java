package dev.podium.security;

import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs start-up and background work (seeding, bootstrap, scheduled jobs) with HR rights, since secured
 * services refuse calls without an authenticated caller. Never used on behalf of a person.
 */
public final class SystemUser {

    private SystemUser() {
    }

    public static <T> T call(Supplier<T> work) {
        // inside a Vaadin request the holder reads the signed-in person's context from the Vaadin session before
        // its own thread-local one: hide the session while the system works, or its context would never be seen
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            VaadinSession.setCurrent(null);
        }
        try {
            return callWithoutSession(work);
        } finally {
            if (session != null) {
                VaadinSession.setCurrent(session);
            }
        }
    }

    private static <T> T callWithoutSession(Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext system = SecurityContextHolder.createEmptyContext();
        system.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("system", null,
                List.of(new SimpleGrantedAuthority(Role.HR_ADMIN.authority()))));
        SecurityContextHolder.setContext(system);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }
}
