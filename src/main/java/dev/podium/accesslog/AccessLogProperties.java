package dev.podium.accesslog;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code podium.access-log.*}.
 *
 * @param retention how long a row of the access log is kept; then the daily purge deletes it (at least one day)
 */
@ConfigurationProperties("podium.access-log")
public record AccessLogProperties(@DefaultValue("P2Y") Period retention) {

    public AccessLogProperties {
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("podium.access-log.retention must be a positive period (ISO-8601, "
                    + "e.g. P2Y), not " + retention);
        }
    }
}
