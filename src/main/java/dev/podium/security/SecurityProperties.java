package dev.podium.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code podium.security.*}.
 *
 * @param maxFailedAttempts failed logins in a row that lock an account
 * @param lockDuration how long a locked account stays locked
 * @param sessionCheckInterval how stale a node's view of an account may be before a deactivated person's
 *        session is ended; with the UI heartbeat this bounds how long a deactivated session lives
 * @param minPasswordLength shortest password a person may choose
 */
@ConfigurationProperties("podium.security")
public record SecurityProperties(
        @DefaultValue("5") int maxFailedAttempts,
        @DefaultValue("15m") Duration lockDuration,
        @DefaultValue("20s") Duration sessionCheckInterval,
        @DefaultValue("10") int minPasswordLength) {
}
