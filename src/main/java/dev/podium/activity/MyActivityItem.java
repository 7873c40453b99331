package dev.podium.activity;

import java.time.Instant;

/**
 * One of the signed-in person's own imported items, text included. Only ever returned to that person: no service
 * method hands one person's texts to anyone else.
 */
public record MyActivityItem(Instant occurredAt, ActivitySource source, ActivityKind kind,
        Classification classification, String text, String link, String sharedUrl, int wordCount,
        boolean companyContent) {
}
