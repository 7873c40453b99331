package dev.podium.activity;

import java.time.Instant;

/** A completed import as the person sees it in their history. */
public record ImportSummary(String fileName, ActivitySource source, int itemsRead, int itemsAdded,
        Instant importedAt) {
}
