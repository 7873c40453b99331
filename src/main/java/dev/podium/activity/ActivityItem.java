package dev.podium.activity;

import java.time.Instant;
import java.util.Objects;

/**
 * One thing a person did on a network, as read from an export.
 *
 * @param naturalKey stable per source (share URN, comment link + date, status id, feed guid …), at most 500
 *        characters, so a repeated import of the full history updates rather than duplicates
 * @param occurredAt UTC; never null (items without a date are skipped and counted by the reader)
 * @param text the person's own words, NFC; null for reactions and bare reshares
 * @param link the item itself, when the export names it
 * @param sharedUrl for posts and reshares: the URL shared
 * @param inReplyTo for comments and replies: what they answer
 * @param reactionType for reactions: LIKE, PRAISE … as exported
 */
record ActivityItem(ActivitySource source, ActivityKind kind, String naturalKey, Instant occurredAt, String text,
        String link, String sharedUrl, String inReplyTo, String reactionType) {

    static final int MAX_KEY_LENGTH = 500;

    ActivityItem {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(naturalKey, "naturalKey");
        Objects.requireNonNull(occurredAt, "occurredAt");
        if (naturalKey.length() > MAX_KEY_LENGTH) {
            throw new IllegalArgumentException("natural key longer than " + MAX_KEY_LENGTH + " characters");
        }
    }

    /** A natural key cut to {@link #MAX_KEY_LENGTH}, never between the two halves of a surrogate pair. */
    static String limitKey(String key) {
        if (key.length() <= MAX_KEY_LENGTH) {
            return key;
        }
        int end = MAX_KEY_LENGTH;
        return key.substring(0, Character.isHighSurrogate(key.charAt(end - 1)) ? end - 1 : end);
    }
}
