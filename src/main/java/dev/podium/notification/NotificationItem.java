package dev.podium.notification;

import java.time.Instant;
import java.util.List;

/**
 * A notification as its recipient sees it: a translation key with its arguments, where it leads, when it came and
 * whether it was read.
 */
public record NotificationItem(long id, String messageKey, List<String> arguments, String link, Instant createdAt,
        boolean read) {
}
