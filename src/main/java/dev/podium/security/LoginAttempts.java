package dev.podium.security;

import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records successful logins: the time, and the end of the count of failures from that client (failures themselves
 * are counted by {@link LoginThrottle} through {@link LoginFailureHandler}, which knows the client).
 */
@Component
class LoginAttempts {

    private final UserAccountRepository accounts;
    private final SecurityProperties properties;
    private final Clock clock;
    private final LoginThrottle throttle;

    LoginAttempts(UserAccountRepository accounts, SecurityProperties properties, Clock clock, LoginThrottle throttle) {
        this.throttle = throttle;
        this.accounts = accounts;
        this.properties = properties;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void onSuccess(InteractiveAuthenticationSuccessEvent event) {
        recordSuccess(event.getAuthentication().getPrincipal());
        if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details
                && event.getAuthentication().getPrincipal() instanceof PodiumUser user) {
            throttle.recordSuccess(details.getRemoteAddress(), AccountService.normaliseUsername(user.getUsername()));
        }
    }

    @EventListener
    @Transactional
    public void onAuthenticated(AuthenticationSuccessEvent event) {
        recordSuccess(event.getAuthentication().getPrincipal());
    }

    private void recordSuccess(Object principal) {
        PodiumUser.of(principal).ifPresent(user -> accounts.recordSuccessfulLogin(user.accountId(), clock.instant()));
    }
}
