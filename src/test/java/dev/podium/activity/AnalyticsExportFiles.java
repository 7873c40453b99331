package dev.podium.activity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/** Analytics exports for tests outside this package (browser journeys, benchmarks). */
public final class AnalyticsExportFiles {

    private AnalyticsExportFiles() {
    }

    /**
     * An English export of the last four weeks with comment columns: two posts with their comments and a follower
     * figure for every day.
     */
    public static Path write(Path file, LocalDate today, String firstUrl, int firstComments, String secondUrl,
            int secondComments) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AnalyticsExports.english().withCommentColumns().period(today.minusDays(27), today).everyDay()
                .post(new AnalyticsExports.Post(firstUrl, today.minusDays(2), firstComments + 20, 1_800,
                        firstComments, 1))
                .post(new AnalyticsExports.Post(secondUrl, today.minusDays(9), secondComments + 4, 650,
                        secondComments, 0))
                .writeTo(file);
    }

    /** A large export for the benchmark: {@code days} days of engagement and followers, {@code posts} posts. */
    public static Path large(Path file, LocalDate to, int days, int posts) {
        AnalyticsExports export = AnalyticsExports.english().withCommentColumns().period(to.minusDays(days - 1L), to)
                .everyDay();
        for (int i = 0; i < posts; i++) {
            export.post(new AnalyticsExports.Post(AnalyticsExports.activityUrl(7_300_000_000_000_000_000L
                    + (long) i * 10_000_000L), to.minusDays(i % days), 10 + i % 90, 500 + i, i % 7, i % 3));
        }
        return export.writeTo(file);
    }
}
