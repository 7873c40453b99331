package dev.podium.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session whose account was deactivated, or whose password or roles changed, on any node. Each node
 * re-reads an account's state at most once per {@code podium.security.session-check-interval}; together with
 * the UI heartbeat that bounds how long a deactivated person stays signed in.
 */
class AccountSessionGuard extends OncePerRequestFilter {

    private final UserAccountRepository accounts;
    private final SecurityProperties properties;
    private final Clock clock;
    private final Map<Long, Checked> recentChecks = new ConcurrentHashMap<>();

    AccountSessionGuard(UserAccountRepository accounts, SecurityProperties properties, Clock clock) {
        this.accounts = accounts;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        // password and single sign-on sessions alike: the account in Podium decides
        if (authentication != null && PodiumUser.of(authentication.getPrincipal()).map(user -> !stillValid(user))
                .orElse(false)) {
            SecurityContextHolder.clearContext();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
        }
        chain.doFilter(request, response);
    }

    boolean stillValid(PodiumUser user) {
        Instant now = clock.instant();
        Checked checked = recentChecks.get(user.accountId());
        // A cached state that disagrees with the session is re-read at once: the person may have just signed in
        // again after changing their password, and their new session must not be judged by the old version.
        if (checked == null || checked.at().plus(properties.sessionCheckInterval()).isBefore(now)
                || !checked.admits(user)) {
            checked = accounts.findSessionState(user.accountId())
                    .map(state -> new Checked(now, state.getEnabled(), state.getSessionVersion()))
                    .orElse(new Checked(now, false, -1));
            recentChecks.put(user.accountId(), checked);
        }
        return checked.admits(user);
    }

    private record Checked(Instant at, boolean enabled, int sessionVersion) {

        boolean admits(PodiumUser user) {
            return enabled && sessionVersion == user.sessionVersion();
        }
    }
}
