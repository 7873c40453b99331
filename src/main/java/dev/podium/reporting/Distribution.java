package dev.podium.reporting;

import java.util.List;

/**
 * People per bucket (an audit score range, an SLI band, a time to expiry). A null count is not shown.
 *
 * @param population the people the buckets are taken from; null when that is a small group
 */
public record Distribution(Long population, List<Bucket> buckets) {

    public Distribution {
        buckets = List.copyOf(buckets);
    }

    /** {@code key} is stable (for exports and tests); the view translates it into a label. */
    public record Bucket(String key, Long count) {
    }
}
