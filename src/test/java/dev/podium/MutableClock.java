package dev.podium;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * The tests' clock: it starts at a fixed moment, not at the machine's "now", so no test depends on the weekday, the
 * month or the season it happens to run in. Real time still passes from that start (events stay in order) and tests
 * move it on with {@link #advance}.
 * <p>
 * The start is {@link #DEFAULT_START} unless the system property {@value #START_PROPERTY} names another instant
 * ({@code 2026-12-03T11:47:00Z}); {@code scripts/test-every-day} runs the time-sensitive tests once for every day of a
 * week and across Copenhagen's daylight-saving changes that way.
 */
public final class MutableClock extends Clock {

    public static final String START_PROPERTY = "podium.test.clock";

    /** A Wednesday morning: ordinary, so a failure on another start points at a real calendar dependency. */
    public static final Instant DEFAULT_START = Instant.parse("2026-06-10T08:30:00Z");

    private final Instant start;
    private final long startNanos = System.nanoTime();
    private volatile Duration offset = Duration.ZERO;

    public MutableClock() {
        this(configuredStart());
    }

    public MutableClock(Instant start) {
        this.start = start;
    }

    /** The start this JVM's tests run from. */
    public static Instant configuredStart() {
        String configured = System.getProperty(START_PROPERTY);
        if (configured == null || configured.isBlank()) {
            return DEFAULT_START;
        }
        try {
            return Instant.parse(configured.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(START_PROPERTY + " must be an instant such as 2026-12-03T11:47:00Z, not '"
                    + configured + "'", e);
        }
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new IllegalArgumentException("Podium works in UTC, not " + zone);
    }

    @Override
    public Instant instant() {
        return start.plusNanos(System.nanoTime() - startNanos).plus(offset);
    }

    public void advance(Duration duration) {
        offset = offset.plus(duration);
    }

    /**
     * Moves the clock so that it reads {@code moment} now (and goes on from there). For tests that try one rule on
     * several days; {@link #reset} returns to the configured start line.
     */
    public void moveTo(Instant moment) {
        offset = offset.plus(Duration.between(instant(), moment));
    }

    public void reset() {
        offset = Duration.ZERO;
    }
}
