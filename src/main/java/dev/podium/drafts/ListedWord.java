package dev.podium.drafts;

import java.time.Instant;

/** A word on one of HR's lists for the draft check. */
public record ListedWord(long id, WatchListKind kind, String word, Instant addedAt) {
}
