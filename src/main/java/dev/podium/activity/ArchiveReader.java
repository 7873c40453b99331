package dev.podium.activity;

import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Reads an uploaded export and streams every activity item to a sink, without holding the archive or its
 * items in memory.
 */
final class ArchiveReader {

    private final ArchiveLimits limits;

    ArchiveReader(ArchiveLimits limits) {
        this.limits = limits;
    }

    /**
     * Streams every item to the sink; never holds the whole archive in memory. Detects the format from content
     * and name (zip / tar.gz / .csv / RSS-Atom XML / X tweets.js / Mastodon outbox.json).
     *
     * @throws ArchiveRejected for bad input; finding nothing usable counts as bad input too
     */
    ArchiveReport read(String uploadName, Path file, Consumer<ActivityItem> sink) {
        throw new UnsupportedOperationException("not yet");
    }
}
