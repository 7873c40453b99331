package dev.podium.activity;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What reading one upload found: items per file and kind, the files left out and why, the time span covered.
 *
 * @param earliest null only when no item was found (which the reader rejects, so in practice never null)
 * @param itemsWithoutDate items skipped because they carry no date at all (feeds without dates)
 */
public record ArchiveReport(ActivitySource source, List<FileReport> files, List<SkippedFile> skipped,
        Map<ActivityKind, Integer> totals, Instant earliest, Instant latest, int itemsWithoutDate) {

    public ArchiveReport {
        files = List.copyOf(files);
        skipped = List.copyOf(skipped);
        totals = Map.copyOf(totals);
    }

    /** All items read, of every kind. */
    public int itemCount() {
        return totals.values().stream().mapToInt(Integer::intValue).sum();
    }
}
