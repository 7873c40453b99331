package dev.podium.activity;

import java.time.Instant;

/**
 * A completed import.
 *
 * @param read items in the archive
 * @param added items that were new; the rest had come with an earlier archive
 * @param previousTotal the index before this import (0 before the first)
 */
public record ImportResult(ActivitySource source, int read, int added, Instant importedAt, int previousTotal,
        SocialLeadershipIndex index) {
}
