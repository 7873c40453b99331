package dev.podium.activity;

import java.util.Map;

/**
 * What an uploaded archive holds, read to the end but not stored: counts per kind and per file, the date range,
 * the files skipped and why, and how the items would count for the index.
 *
 * @param classifications how many items fall into each class (own post, bare reshare, substantive comment …)
 * @param lastImport the person's last completed import, or null before the first
 */
public record ImportPreview(UploadedArchive upload, ArchiveReport report, Map<Classification, Integer> classifications,
        ImportSummary lastImport) {

    /** Items the archive holds in all. */
    public int items() {
        return report.totals().values().stream().mapToInt(Integer::intValue).sum();
    }
}
