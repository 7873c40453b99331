package dev.podium.activity;

/**
 * A completed import of LinkedIn's analytics export.
 *
 * @param postsAdded posts Podium had no figures for before; the others were updated
 * @param index the index after the import (the conversations started now count)
 */
public record AnalyticsImportResult(AnalyticsReport report, int postsAdded, SocialLeadershipIndex index) {
}
