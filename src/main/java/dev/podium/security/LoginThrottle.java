package dev.podium.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Failed sign-ins counted in the database per client address and per account from one client, so every node
 * agrees. {@code max-failed-attempts} failures in a row lock an account <em>for that client</em> for
 * {@code lock-duration}: a stranger who knows someone's address cannot keep them out. A client that fails more than
 * {@code client-free-failures} times (on any accounts) is refused for a doubling delay, capped at the lock duration.
 * Failures older than the lock duration are forgotten.
 */
@Component
class LoginThrottle {

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final SecurityProperties properties;
    private final Clock clock;

    LoginThrottle(DataSource dataSource, SecurityProperties properties, Clock clock) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.properties = properties;
        this.clock = clock;
    }

    /** Whether this client may try to sign in as this username now. */
    @Transactional(readOnly = true)
    public boolean refuses(String client, String username) {
        Timestamp now = Timestamp.from(clock.instant());
        Integer blocked = jdbc.queryForObject("SELECT COUNT(*) FROM login_throttle WHERE subject IN (?, ?)"
                + " AND blocked_until > ?", Integer.class, clientSubject(client), accountSubject(client, username),
                now);
        return blocked != null && blocked > 0;
    }

    /** One failed sign-in from this client, as this username (which may belong to no account). */
    @Transactional
    public void recordFailure(String client, String username) {
        Instant now = clock.instant();
        Timestamp at = Timestamp.from(now);
        Timestamp forgetBefore = Timestamp.from(now.minus(properties.lockDuration()));
        long capSeconds = Math.max(1, properties.lockDuration().toSeconds());
        // one statement each, so two nodes counting at once never lose a failure; MariaDB assigns left to right,
        // so blocked_until sees the new count
        jdbc.update("""
                INSERT INTO login_throttle (subject, account_id, failures, blocked_until, last_failure_at)
                VALUES (?, NULL, 1, NULL, ?)
                ON DUPLICATE KEY UPDATE
                    failures = CASE WHEN last_failure_at < ? THEN 1 ELSE failures + 1 END,
                    blocked_until = CASE WHEN failures > ?
                        THEN DATE_ADD(?, INTERVAL LEAST(POW(2, failures - ? - 1), ?) SECOND) ELSE NULL END,
                    last_failure_at = ?
                """, clientSubject(client), at, forgetBefore, properties.clientFreeFailures(), at,
                properties.clientFreeFailures(), capSeconds, at);
        Timestamp lockUntil = Timestamp.from(now.plus(properties.lockDuration()));
        jdbc.update("""
                INSERT INTO login_throttle (subject, account_id, failures, blocked_until, last_failure_at)
                VALUES (?, (SELECT id FROM user_account WHERE username = ?), 1, CASE WHEN 1 >= ? THEN ? END, ?)
                ON DUPLICATE KEY UPDATE
                    failures = CASE WHEN last_failure_at < ? THEN 1 ELSE failures + 1 END,
                    blocked_until = CASE WHEN failures >= ? THEN ? ELSE NULL END,
                    last_failure_at = ?
                """, accountSubject(client, username), username, properties.maxFailedAttempts(), lockUntil, at,
                forgetBefore, properties.maxFailedAttempts(), lockUntil, at);
        // rows nobody needs any more: forgotten failures whose block is over
        jdbc.update("DELETE FROM login_throttle WHERE last_failure_at < ? AND (blocked_until IS NULL"
                + " OR blocked_until < ?) LIMIT 100", Timestamp.from(now.minus(properties.lockDuration().multipliedBy(2))),
                at);
    }

    /** A successful sign-in clears that account's count from that client (not the client's own count). */
    @Transactional
    public void recordSuccess(String client, String username) {
        jdbc.update("DELETE FROM login_throttle WHERE subject = ?", accountSubject(client, username));
    }

    /** HR unlocks an account: every client may try again. */
    @Transactional
    public void unlock(long accountId) {
        jdbc.update("DELETE FROM login_throttle WHERE account_id = ?", accountId);
    }

    /** Until when the account is locked for some client, and how many failures are counted against it now. */
    @Transactional(readOnly = true)
    public Map<Long, Lock> locks(Collection<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Lock> locks = new HashMap<>();
        named.query("SELECT account_id, MAX(blocked_until) AS until, SUM(failures) AS failures FROM login_throttle"
                + " WHERE account_id IN (:ids) GROUP BY account_id", new MapSqlParameterSource("ids", accountIds),
                row -> {
                    Timestamp until = row.getTimestamp("until");
                    locks.put(row.getLong("account_id"), new Lock(
                            until == null ? null : until.toInstant(), row.getInt("failures")));
                });
        return locks;
    }

    Optional<Lock> lock(long accountId) {
        return Optional.ofNullable(locks(List.of(accountId)).get(accountId));
    }

    /**
     * @param until the latest block of the account for any client, or null
     * @param failures failures counted against the account from all clients
     */
    record Lock(Instant until, int failures) {

        boolean lockedAt(Instant now) {
            return until != null && until.isAfter(now);
        }
    }

    private static String clientSubject(String client) {
        return sha256("client|" + client);
    }

    private static String accountSubject(String client, String username) {
        return sha256("account|" + username + "|" + client);
    }

    private static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
