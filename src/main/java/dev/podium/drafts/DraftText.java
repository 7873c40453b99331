package dev.podium.drafts;

import java.time.Instant;

/** One kept version of a draft's text. */
public record DraftText(int number, String text, Instant savedAt) {
}
