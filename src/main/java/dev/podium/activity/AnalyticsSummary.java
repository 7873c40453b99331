package dev.podium.activity;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A completed import of LinkedIn's analytics export, with the export's overall figures (null where it gives none).
 *
 * @param rowsRead data rows in the export
 * @param postsAdded posts Podium had no figures for before
 */
public record AnalyticsSummary(String fileName, Instant importedAt, int rowsRead, int postsAdded,
        LocalDate periodStart, LocalDate periodEnd, Integer impressions, Integer membersReached,
        Integer totalFollowers, LocalDate totalFollowersOn) {
}
