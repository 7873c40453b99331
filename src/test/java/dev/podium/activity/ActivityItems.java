package dev.podium.activity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

/** Items for classifier and calculator tests. */
final class ActivityItems {

    private static final AtomicInteger KEYS = new AtomicInteger();

    private ActivityItems() {
    }

    static String words(int n) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < n; i++) {
            text.append(i == 0 ? "" : " ").append("word").append(i);
        }
        return text.toString();
    }

    static Instant noon(LocalDate day) {
        return day.atTime(12, 0).toInstant(ZoneOffset.UTC);
    }

    static ActivityItem item(ActivityKind kind, String text, Instant at) {
        return new ActivityItem(ActivitySource.LINKEDIN, kind, "key-" + KEYS.incrementAndGet(), at, text, null, null,
                null, kind == ActivityKind.REACTION ? "LIKE" : null);
    }

    static ActivityItem item(ActivityKind kind, String text, LocalDate day) {
        return item(kind, text, noon(day));
    }
}
