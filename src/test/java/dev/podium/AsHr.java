package dev.podium;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A test's fixtures and checks done with an HR administrator's rights (registering people, reading HR's views),
 * the way HR would through the UI. Work the system does (workflow steps, scheduled jobs) runs as
 * {@code SystemUser} instead: since the SYSTEM role arrived, the two no longer stand in for each other.
 */
public final class AsHr {

    private AsHr() {
    }

    public static <T> T call(Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext hr = SecurityContextHolder.createEmptyContext();
        hr.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("hr-in-a-test", null,
                List.of(new SimpleGrantedAuthority("ROLE_HR_ADMIN"))));
        SecurityContextHolder.setContext(hr);
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
