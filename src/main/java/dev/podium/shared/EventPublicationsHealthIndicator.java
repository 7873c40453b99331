package dev.podium.shared;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code eventPublications} on the health endpoint (details for HR): how many module events still wait for a
 * listener, how many of those failed, and how old the oldest of each is. Always UP: a waiting event is work for the
 * resubmission, not a reason for a load balancer to take the node out.
 */
@Component
class EventPublicationsHealthIndicator extends AbstractHealthIndicator {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    EventPublicationsHealthIndicator(DataSource dataSource, Clock clock) {
        super("Could not read the event publications");
        this.jdbc = new JdbcTemplate(dataSource);
        this.clock = clock;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Instant now = clock.instant();
        builder.up();
        jdbc.query("SELECT COUNT(*), MIN(PUBLICATION_DATE), "
                + "SUM(CASE WHEN STATUS = 'FAILED' THEN 1 ELSE 0 END), "
                + "MIN(CASE WHEN STATUS = 'FAILED' THEN PUBLICATION_DATE END) "
                + "FROM EVENT_PUBLICATION WHERE COMPLETION_DATE IS NULL", rs -> {
                    builder.withDetail("incomplete", rs.getLong(1));
                    age(builder, "oldestIncomplete", rs.getTimestamp(2), now);
                    builder.withDetail("failed", rs.getLong(3));
                    age(builder, "oldestFailed", rs.getTimestamp(4), now);
                });
    }

    private static void age(Health.Builder builder, String key, Timestamp at, Instant now) {
        if (at != null) {
            builder.withDetail(key, at.toInstant().toString());
            builder.withDetail(key + "Age", Duration.between(at.toInstant(), now).withNanos(0).toString());
        }
    }
}
