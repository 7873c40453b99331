package dev.podium.coaching;

import java.time.Duration;

/** The timers of one practice period, for the process. */
public record PracticePlan(Duration period, Duration midpoint) {
}
