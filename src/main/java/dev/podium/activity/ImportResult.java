package dev.podium.activity;

import java.time.Instant;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;

/**
 * A completed import.
 *
 * @param read items in the archive
 * @param added items that were new; the rest had come with an earlier archive
 * @param previousTotal the index before this import (0 before the first)
 * @param latestItem when the newest dated item of the archive was made; null if none carried a date
 */
public record ImportResult(ActivitySource source, int read, int added, Instant importedAt, int previousTotal,
        SocialLeadershipIndex index, @Nullable Instant latestItem) {

    /**
     * Whether every item of the archive is older than the index's window, so the import cannot move the index: the
     * person needs to be told why rather than just see a low number.
     */
    public boolean allOlderThanWindow() {
        return latestItem != null
                && latestItem.atZone(ZoneOffset.UTC).toLocalDate().isBefore(index.windowStart());
    }
}
