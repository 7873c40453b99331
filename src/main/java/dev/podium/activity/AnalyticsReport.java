package dev.podium.activity;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What reading LinkedIn's analytics export found: rows per sheet, the sheets left out and why, the period and the
 * overall figures. Counts only; nothing of anyone else is in it.
 *
 * @param rowsPerSheet data rows read per sheet, by the sheet's name as the workbook spells it
 * @param posts distinct posts in TOP POSTS
 * @param postsWithComments posts whose comments the export states (newer exports and single-post exports)
 * @param periodStart null when DISCOVERY does not state the period
 * @param impressions DISCOVERY's impressions for the period, null when absent
 * @param membersReached DISCOVERY's members reached, null when absent
 * @param totalFollowers FOLLOWERS' total on {@code totalFollowersOn}, null when absent
 */
public record AnalyticsReport(Map<String, Integer> rowsPerSheet, List<SkippedFile> skipped, int posts,
        int postsWithComments, int days, int followerDays, LocalDate periodStart, LocalDate periodEnd,
        Integer impressions, Integer membersReached, Integer totalFollowers, LocalDate totalFollowersOn,
        LocalDate earliest, LocalDate latest) {

    public AnalyticsReport {
        rowsPerSheet = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(rowsPerSheet));
        skipped = List.copyOf(skipped);
    }

    /** Data rows read in all. */
    public int rows() {
        return rowsPerSheet.values().stream().mapToInt(Integer::intValue).sum();
    }
}
