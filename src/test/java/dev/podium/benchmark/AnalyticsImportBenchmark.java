package dev.podium.benchmark;

import static dev.podium.benchmark.BenchmarkSupport.freshEmployee;
import static dev.podium.benchmark.BenchmarkSupport.peakHeapUsed;
import static dev.podium.benchmark.BenchmarkSupport.resetPeaks;
import static dev.podium.benchmark.BenchmarkSupport.seconds;
import static dev.podium.benchmark.BenchmarkSupport.signIn;

import dev.podium.PodiumSpringTest;
import dev.podium.activity.ActivityImportService;
import dev.podium.activity.AnalyticsExportFiles;
import dev.podium.activity.AnalyticsImportResult;
import dev.podium.activity.AnalyticsPreview;
import dev.podium.activity.UploadedArchive;
import dev.podium.people.EmployeeService;
import dev.podium.shared.EmployeeId;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Not a test: prints how fast a large LinkedIn analytics export (.xlsx) is previewed and imported. Run it with
 * {@code ./mvnw -B test -Dtest=AnalyticsImportBenchmark -Dsurefire.failIfNoSpecifiedTests=false} (size with
 * {@code -Dpodium.benchmark.analytics-days=20000 -Dpodium.benchmark.analytics-posts=5000}). It writes a synthetic
 * export with fastexcel's writer to {@code target/}, imports it as a fresh employee through {@code ActivityImportService}
 * (upload, preview, confirm: the path the view takes), and measures in the same run the ceiling: a bare pass of
 * fastexcel's streaming reader over the same file that touches every cell and stores nothing. Prints rows/s of
 * both, their ratio, and the peak heap of each.
 */
@PodiumSpringTest
class AnalyticsImportBenchmark {

    private static final int DAYS = Integer.getInteger("podium.benchmark.analytics-days", 20_000);
    private static final int POSTS = Integer.getInteger("podium.benchmark.analytics-posts", 5_000);
    private static final Path WORK = Path.of("target", "analytics-benchmark");
    /** Keeps the raw pass's reading of every cell from being optimised away. */
    static long touched;

    @Autowired
    ActivityImportService activity;
    @Autowired
    EmployeeService employees;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void import_a_large_analytics_export() throws Exception {
        Files.createDirectories(WORK);
        Path xlsx = WORK.resolve("Content_benchmark.xlsx");
        long generateStart = System.nanoTime();
        AnalyticsExportFiles.large(xlsx, LocalDate.of(2026, 11, 30), DAYS, POSTS);
        System.out.printf("%nsynthetic analytics export: %,d days of engagement and followers, %,d posts (two"
                + " blocks), %,d bytes, written in %.1f s%n", DAYS, POSTS, Files.size(xlsx), seconds(generateStart));

        // the ceiling first, on a quiet heap: fastexcel's reader alone, every cell touched, nothing kept; one pass
        // beforehand warms the JIT, so the ceiling is not handicapped by running cold
        rawPass(xlsx);
        System.gc();
        resetPeaks();
        long ceilingStart = System.nanoTime();
        long ceilingRows = rawPass(xlsx);
        double ceilingSeconds = seconds(ceilingStart);
        long ceilingHeap = peakHeapUsed();

        EmployeeId employee = freshEmployee(employees, "analytics.podium.test");
        try {
            signIn(users, jdbc, employee);
            System.gc();
            resetPeaks();
            UploadedArchive upload;
            try (InputStream in = Files.newInputStream(xlsx)) {
                upload = activity.receiveUpload(xlsx.getFileName().toString(), in);
            }
            long previewStart = System.nanoTime();
            AnalyticsPreview preview = activity.previewAnalytics(upload, rows -> { }).join();
            double previewSeconds = seconds(previewStart);
            long importStart = System.nanoTime();
            AnalyticsImportResult result = activity.confirmAnalytics(upload, rows -> { }).join();
            double importSeconds = seconds(importStart);
            long heap = peakHeapUsed();
            int rows = preview.report().rows();

            System.out.printf("ceiling: raw fastexcel-reader pass %8.2f s   %,10.0f rows/s   (%,d rows)%n",
                    ceilingSeconds, ceilingRows / ceilingSeconds, ceilingRows);
            System.out.printf("preview (container check + read)   %8.2f s   %,10.0f rows/s   (%,d rows, %,d posts)%n",
                    previewSeconds, rows / previewSeconds, rows, preview.report().posts());
            System.out.printf("import (one transaction, upserts)  %8.2f s   %,10.0f rows/s   (%,d new posts, index %d)%n",
                    importSeconds, rows / importSeconds, result.postsAdded(), result.index().total());
            System.out.printf("preview / ceiling = %.2f, import / ceiling = %.2f%n",
                    (rows / previewSeconds) / (ceilingRows / ceilingSeconds),
                    (rows / importSeconds) / (ceilingRows / ceilingSeconds));
            System.out.printf("peak heap: raw pass %,d MB; upload+preview+import %,d MB (max heap %,d MB)%n",
                    ceilingHeap / (1024 * 1024), heap / (1024 * 1024),
                    Runtime.getRuntime().maxMemory() / (1024 * 1024));
        } finally {
            SecurityContextHolder.clearContext();
            for (String table : new String[] {"analytics_post", "analytics_day", "analytics_follower_day",
                    "activity_analytics_import", "social_leadership_index"}) {
                jdbc.update("DELETE FROM " + table + " WHERE employee_id = ?", employee.value());
            }
        }
    }

    /** Every cell of every sheet read as text, as the import reads them; returns the rows below the titles. */
    private static long rawPass(Path xlsx) throws Exception {
        long rows = 0;
        long characters = 0;
        try (ReadableWorkbook workbook = new ReadableWorkbook(xlsx.toFile())) {
            for (Sheet sheet : workbook.getSheets().toList()) {
                try (Stream<Row> stream = sheet.openStream()) {
                    for (Row row : (Iterable<Row>) stream::iterator) {
                        rows++;
                        for (Cell cell : row) {
                            if (cell != null && cell.getRawValue() != null) {
                                characters += cell.getRawValue().length();
                            }
                        }
                    }
                }
            }
        }
        touched = characters;
        // compare data rows with data rows: DISCOVERY's 3 label rows, the title rows of ENGAGEMENT (1), TOP POSTS
        // (note + titles) and FOLLOWERS (total + titles), and DEMOGRAPHICS (2) are not counted by the import either
        return rows - 10;
    }
}
