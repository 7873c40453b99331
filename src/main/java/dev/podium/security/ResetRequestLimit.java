package dev.podium.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Fixed-window limits on forgotten-password requests, per e-mail address and per client, counted in the database
 * so that every node behind the load balancer enforces the same limit. Unknown addresses are counted like known
 * ones: the limit says nothing about whether an account exists.
 */
@Component
class ResetRequestLimit {

    private final JdbcTemplate jdbc;
    private final SignInLinkProperties properties;
    private final Clock clock;

    ResetRequestLimit(DataSource dataSource, SignInLinkProperties properties, Clock clock) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.properties = properties;
        this.clock = clock;
    }

    /** Counts one request; whether both the address and the client are still within their limits. */
    boolean allow(String normalisedEmail, String clientAddress) {
        long windowMillis = properties.resetWindow().toMillis();
        Instant now = clock.instant();
        Instant windowStart = Instant.ofEpochMilli(now.toEpochMilli() / windowMillis * windowMillis);
        int addressHits = count("address:" + normalisedEmail, windowStart);
        int clientHits = count("client:" + (clientAddress == null ? "" : clientAddress), windowStart);
        if (ThreadLocalRandom.current().nextInt(100) == 0) {
            // now and then, forget windows long past (any node may do it; it is idempotent)
            jdbc.update("DELETE FROM sign_in_request_rate WHERE window_start < ?",
                    Timestamp.from(windowStart.minusMillis(windowMillis * 10)));
        }
        return addressHits <= properties.resetLimitPerAddress() && clientHits <= properties.resetLimitPerClient();
    }

    private int count(String key, Instant windowStart) {
        String hash = sha256(key);
        jdbc.update("INSERT INTO sign_in_request_rate (key_hash, window_start, hits) VALUES (?, ?, 1)"
                + " ON DUPLICATE KEY UPDATE hits = hits + 1", hash, Timestamp.from(windowStart));
        Integer hits = jdbc.queryForObject("SELECT hits FROM sign_in_request_rate WHERE key_hash = ?"
                + " AND window_start = ?", Integer.class, hash, Timestamp.from(windowStart));
        return hits == null ? Integer.MAX_VALUE : hits;
    }

    static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
