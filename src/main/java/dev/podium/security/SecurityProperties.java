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
 * @param minPasswordScore the least zxcvbn score (0–4) a new password must reach; 3 means "safely unguessable"
 *        to an online attacker and a slow one offline
 * @param clientFreeFailures failed logins a client may make (on any accounts, within the lock duration) before
 *        each further attempt from it waits a doubling delay, capped at the lock duration
 */
@ConfigurationProperties("podium.security")
public record SecurityProperties(
        @DefaultValue("5") int maxFailedAttempts,
        @DefaultValue("15m") Duration lockDuration,
        @DefaultValue("20s") Duration sessionCheckInterval,
        @DefaultValue("10") int minPasswordLength,
        @DefaultValue("3") int minPasswordScore,
        @DefaultValue("10") int clientFreeFailures) {
}
