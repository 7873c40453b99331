package dev.podium.reporting;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code podium.reporting.*}.
 *
 * @param minimumGroupSize a group (department, country, cohort, bucket of a distribution) with fewer people than
 *     this is not shown on the dashboard
 * @param trendWeeks how many ISO weeks the consistency trend shows, the current one included
 */
@ConfigurationProperties("podium.reporting")
public record ReportingProperties(@DefaultValue("5") int minimumGroupSize, @DefaultValue("12") int trendWeeks) {

    public ReportingProperties {
        if (minimumGroupSize < 1) {
            throw new IllegalArgumentException("podium.reporting.minimum-group-size must be at least 1");
        }
        if (trendWeeks < 1 || trendWeeks > 104) {
            throw new IllegalArgumentException("podium.reporting.trend-weeks must be 1 to 104");
        }
    }
}
