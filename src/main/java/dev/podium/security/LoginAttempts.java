package dev.podium.security;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed logins in the database, so every node sees the same count, and locks the account for a while
 * after too many in a row.
 */
@Component
class LoginAttempts {

    private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);

    private final UserAccountRepository accounts;
    private final SecurityProperties properties;
    private final Clock clock;

    LoginAttempts(UserAccountRepository accounts, SecurityProperties properties, Clock clock) {
        this.accounts = accounts;
        this.properties = properties;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void onBadCredentials(AuthenticationFailureBadCredentialsEvent event) {
        String username = AccountService.normaliseUsername(String.valueOf(event.getAuthentication().getName()));
        int updated = accounts.recordFailedLogin(username, properties.maxFailedAttempts(),
                clock.instant().plus(properties.lockDuration()));
        if (updated > 0) {
            log.info("Failed login for an existing account");
        }
    }

    @EventListener
    @Transactional
    public void onSuccess(InteractiveAuthenticationSuccessEvent event) {
        recordSuccess(event.getAuthentication().getPrincipal());
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
