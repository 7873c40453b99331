package dev.podium.activity;

/**
 * What an uploaded analytics export holds, read to the end but not stored.
 *
 * @param lastImport the person's last completed analytics import, or null before the first
 */
public record AnalyticsPreview(UploadedArchive upload, AnalyticsReport report, AnalyticsSummary lastImport) {
}
