package dev.podium.shared;

import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs start-up and background work (seeding, bootstrap, scheduled jobs, workflow steps, steps the system takes
 * after a person's action) as {@link Role#SYSTEM}, since secured services refuse calls without an authenticated
 * caller. SYSTEM opens only the methods that name it, so this is never a way to borrow a person's rights, and never
 * used to let a person see what their own role does not allow.
 */
public final class SystemUser {

    private SystemUser() {
    }

    public static <T> T call(Supplier<T> work) {
        // Vaadin's security context strategy prefers the signed-in person's context stored in the current
        // VaadinSession over the thread's own: inside a UI request the system context would be ignored. So the
        // session is hidden from this thread while the system works, and given back afterwards.
        VaadinSession session = VaadinSession.getCurrent();
        SecurityContext previous = SecurityContextHolder.getContext();
        if (session != null) {
            VaadinSession.setCurrent(null);
        }
        SecurityContext system = SecurityContextHolder.createEmptyContext();
        system.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("system", null,
                List.of(new SimpleGrantedAuthority(Role.SYSTEM.authority()))));
        SecurityContextHolder.setContext(system);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
            if (session != null) {
                VaadinSession.setCurrent(session);
            }
        }
    }

    public static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }
}
