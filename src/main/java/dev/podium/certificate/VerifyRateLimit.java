package dev.podium.certificate;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A fixed-window request limit per client on the public verify page, counted in the database so that it holds
 * across all app nodes behind a load balancer. Client addresses are stored only as keyed hashes (HMAC with a key
 * derived from the issuer key), so the table holds no addresses.
 */
@Component
class VerifyRateLimit {

    private final JdbcTemplate jdbc;
    private final CertificateProperties properties;
    private final IssuerKeys keys;
    private final Clock clock;
    private volatile SecretKeySpec hashKey;

    VerifyRateLimit(DataSource dataSource, CertificateProperties properties, IssuerKeys keys, Clock clock) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.properties = properties;
        this.keys = keys;
        this.clock = clock;
    }

    /** Counts a request of the client and says whether it is within the limit. */
    boolean allow(String clientAddress) {
        long windowMillis = properties.verifyWindow().toMillis();
        Instant now = clock.instant();
        Instant windowStart = Instant.ofEpochMilli(now.toEpochMilli() / windowMillis * windowMillis);
        String client = hash(clientAddress == null ? "" : clientAddress);
        jdbc.update("INSERT INTO certificate_verify_rate (client_hash, window_start, hits) VALUES (?, ?, 1)"
                + " ON DUPLICATE KEY UPDATE hits = hits + 1", client, Timestamp.from(windowStart));
        Integer hits = jdbc.queryForObject("SELECT hits FROM certificate_verify_rate WHERE client_hash = ?"
                + " AND window_start = ?", Integer.class, client, Timestamp.from(windowStart));
        if (ThreadLocalRandom.current().nextInt(200) == 0) {
            // now and then, forget windows long past (any node may do it; it is idempotent)
            jdbc.update("DELETE FROM certificate_verify_rate WHERE window_start < ?",
                    Timestamp.from(windowStart.minusMillis(windowMillis * 10)));
        }
        return hits != null && hits <= properties.verifyLimit();
    }

    private String hash(String address) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key());
            return HexFormat.of().formatHex(mac.doFinal(address.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private SecretKeySpec key() throws GeneralSecurityException {
        SecretKeySpec current = hashKey;
        if (current == null) {
            byte[] material = MessageDigest.getInstance("SHA-256").digest(keys.keys().getPrivate().getEncoded());
            current = new SecretKeySpec(material, "HmacSHA256");
            hashKey = current;
        }
        return current;
    }
}
