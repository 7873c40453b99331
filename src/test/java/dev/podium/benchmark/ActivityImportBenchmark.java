package dev.podium.benchmark;

import static dev.podium.benchmark.BenchmarkSupport.freshEmployee;
import static dev.podium.benchmark.BenchmarkSupport.peakHeapUsed;
import static dev.podium.benchmark.BenchmarkSupport.resetPeaks;
import static dev.podium.benchmark.BenchmarkSupport.seconds;
import static dev.podium.benchmark.BenchmarkSupport.signIn;

import dev.podium.PodiumSpringTest;
import dev.podium.activity.ActivityImportService;
import dev.podium.activity.ImportPreview;
import dev.podium.activity.ImportResult;
import dev.podium.activity.UploadedArchive;
import dev.podium.people.EmployeeService;
import dev.podium.shared.EmployeeId;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Not a test: prints how fast a big LinkedIn archive is imported. Run it with
 * {@code ./mvnw -B test -Dtest=ActivityImportBenchmark -Dsurefire.failIfNoSpecifiedTests=false} (size with
 * {@code -Dpodium.benchmark.shares=100000 -Dpodium.benchmark.comments=100000}). It writes a synthetic export to
 * {@code target/}, imports it as a fresh employee through {@code ActivityImportService} (upload, preview, confirm: the
 * path the view takes), then loads the same rows into a scratch copy of the table with MariaDB's own bulk load
 * ({@code LOAD DATA LOCAL INFILE}) as the ceiling, and prints rows/s, the ratio and the peak heap.
 */
@PodiumSpringTest
class ActivityImportBenchmark {

    private static final int SHARES = Integer.getInteger("podium.benchmark.shares", 100_000);
    private static final int COMMENTS = Integer.getInteger("podium.benchmark.comments", 100_000);
    private static final Path WORK = Path.of("target", "activity-benchmark");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);
    private static final String[] WORDS = ("energy heat pump customer house insulation winter summer lesson team"
            + " project leadership voice trust network learning story data market growth design people culture"
            + " change future climate policy city transport water solar wind grid storage cost price value risk"
            + " quality safety service product idea question answer example week month year morning evening").split(" ");

    @Autowired
    ActivityImportService activity;
    @Autowired
    EmployeeService employees;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Environment environment;

    @Test
    void import_a_big_linkedin_archive() throws Exception {
        Files.createDirectories(WORK);
        Path zip = WORK.resolve("Basic_LinkedInDataExport_benchmark.zip");
        long generateStart = System.nanoTime();
        writeArchive(zip);
        System.out.printf("%nsynthetic archive: %,d shares + %,d comments, %,d bytes zipped, written in %.1f s%n",
                SHARES, COMMENTS, Files.size(zip), seconds(generateStart));

        EmployeeId employee = freshEmployee(employees, "activity.podium.test");
        try {
            signIn(users, jdbc, employee);
            System.gc();
            resetPeaks();
            long uploadStart = System.nanoTime();
            UploadedArchive upload;
            try (InputStream in = Files.newInputStream(zip)) {
                upload = activity.receiveUpload(zip.getFileName().toString(), in);
            }
            double uploadSeconds = seconds(uploadStart);
            long previewStart = System.nanoTime();
            ImportPreview preview = activity.preview(upload, read -> { }).join();
            double previewSeconds = seconds(previewStart);
            long importStart = System.nanoTime();
            ImportResult result = activity.confirm(upload, written -> { }).join();
            double importSeconds = seconds(importStart);
            long peakHeap = peakHeapUsed();

            double importRate = result.added() / importSeconds;
            System.out.printf("upload to the volume    %8.2f s%n", uploadSeconds);
            System.out.printf("preview (read+classify) %8.2f s   %,10.0f items/s   (%,d items)%n", previewSeconds,
                    preview.items() / previewSeconds, preview.items());
            System.out.printf("import (one transaction)%8.2f s   %,10.0f rows/s    (%,d read, %,d added, index %d)%n",
                    importSeconds, importRate, result.read(), result.added(), result.index().total());
            System.out.printf("peak heap used during upload+preview+import: %,d MB (max heap %,d MB)%n",
                    peakHeap / (1024 * 1024), Runtime.getRuntime().maxMemory() / (1024 * 1024));

            long againStart = System.nanoTime();
            UploadedArchive again;
            try (InputStream in = Files.newInputStream(zip)) {
                again = activity.receiveUpload(zip.getFileName().toString(), in);
            }
            ImportResult second = activity.confirm(again, written -> { }).join();
            System.out.printf("same archive again      %8.2f s   %,10.0f rows/s checked (%,d added)%n",
                    seconds(againStart), second.read() / seconds(againStart), second.added());

            Ceiling ceiling = ceiling(employee);
            System.out.printf("ceiling: %s  %8.2f s   %,10.0f rows/s%n", ceiling.how(), ceiling.seconds(),
                    ceiling.rows() / ceiling.seconds());
            System.out.printf("import / ceiling = %.2f%n", importRate / (ceiling.rows() / ceiling.seconds()));
        } finally {
            SecurityContextHolder.clearContext();
            jdbc.update("DELETE FROM activity_item WHERE employee_id = ?", employee.value());
            jdbc.update("DELETE FROM activity_import WHERE employee_id = ?", employee.value());
            jdbc.update("DELETE FROM social_leadership_index WHERE employee_id = ?", employee.value());
            jdbc.execute("DROP TABLE IF EXISTS activity_item_ceiling");
        }
    }

    private record Ceiling(String how, long rows, double seconds) {
    }

    /**
     * The same rows, loaded by the server itself: exported to a tab-separated file (not timed), then
     * {@code LOAD DATA LOCAL INFILE} into a scratch table with the same columns and indexes (timed). Falls back to
     * multi-row INSERTs of 1,000 rows when the server or driver refuses local files.
     */
    private Ceiling ceiling(EmployeeId employee) throws Exception {
        jdbc.execute("DROP TABLE IF EXISTS activity_item_ceiling");
        jdbc.execute("CREATE TABLE activity_item_ceiling LIKE activity_item");
        Path tsv = WORK.resolve("ceiling.tsv");
        long rows = exportRows(employee, tsv);
        String url = environment.getRequiredProperty("spring.datasource.url") + "&allowLocalInfile=true";
        try (Connection connection = DriverManager.getConnection(url,
                environment.getProperty("spring.datasource.username"),
                environment.getProperty("spring.datasource.password"));
                Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            long start = System.nanoTime();
            try {
                statement.execute("LOAD DATA LOCAL INFILE '" + tsv.toAbsolutePath().toString().replace("'", "''")
                        + "' INTO TABLE activity_item_ceiling CHARACTER SET utf8mb4"
                        + " FIELDS TERMINATED BY '\\t' ESCAPED BY '\\\\' LINES TERMINATED BY '\\n'");
                connection.commit();
                return new Ceiling("LOAD DATA LOCAL INFILE", rows, seconds(start));
            } catch (SQLException refused) {
                connection.rollback();
                System.out.println("LOAD DATA LOCAL INFILE refused (" + refused.getMessage()
                        + "); ceiling falls back to multi-row INSERTs");
            }
        }
        jdbc.execute("TRUNCATE TABLE activity_item_ceiling");
        long start = System.nanoTime();
        jdbc.execute("INSERT INTO activity_item_ceiling SELECT * FROM activity_item WHERE employee_id = "
                + employee.value());
        return new Ceiling("INSERT … SELECT (server-side copy)", rows, seconds(start));
    }

    private long exportRows(EmployeeId employee, Path tsv) throws IOException {
        long[] rows = {0};
        try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(tsv),
                StandardCharsets.UTF_8), 1 << 16)) {
            jdbc.query(con -> {
                PreparedStatement statement = con.prepareStatement("SELECT * FROM activity_item WHERE employee_id = ?",
                        ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
                statement.setFetchSize(1_000);
                statement.setLong(1, employee.value());
                return statement;
            }, rs -> {
                int columns = rs.getMetaData().getColumnCount();
                try {
                    for (int i = 1; i <= columns; i++) {
                        if (i > 1) {
                            out.write('\t');
                        }
                        String value = rs.getString(i);
                        out.write(value == null ? "\\N" : escape(value));
                    }
                    out.write('\n');
                    rows[0]++;
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
        return rows[0];
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    /** Shares with own posts of 30–70 words (each line quoted, as LinkedIn does) and comments of 8–40 words. */
    private static void writeArchive(Path zip) throws IOException {
        Random random = new Random(42);
        Instant now = Instant.now();
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("Basic_LinkedInDataExport/Shares_4711.csv"));
            Writer shares = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            shares.write("Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n");
            for (int i = 0; i < SHARES; i++) {
                String date = DATE.format(now.minusSeconds(600L * i + random.nextInt(300)));
                String link = "https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A" + (7_000_000_000_000_000_000L + i);
                if (i % 10 == 9) {
                    shares.write(date + "," + link + ",\"\",https://news.example/" + i + ",\"\",MEMBER_NETWORK\n");
                } else {
                    String text = "\"" + words(random, 30 + random.nextInt(40)) + "\"\n\"" + words(random, 5) + "\"";
                    shares.write(date + "," + link + ",\"" + text.replace("\"", "\"\"") + "\",\"\",\"\",PUBLIC\n");
                }
            }
            shares.flush();
            out.closeEntry();
            out.putNextEntry(new ZipEntry("Basic_LinkedInDataExport/Comments_4711.csv"));
            Writer comments = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            comments.write("Date,Link,Message\n");
            for (int i = 0; i < COMMENTS; i++) {
                String date = DATE.format(now.minusSeconds(600L * i + 300 + random.nextInt(300)));
                String link = "https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A" + (7_100_000_000_000_000_000L + i)
                        + "?commentUrn=urn%3Ali%3Acomment%3A%28activity%3A" + i + "%29";
                comments.write(date + "," + link + ",\"" + words(random, 8 + random.nextInt(32)) + "\"\n");
            }
            comments.flush();
            out.closeEntry();
        }
    }

    private static String words(Random random, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                text.append(' ');
            }
            text.append(WORDS[random.nextInt(WORDS.length)]);
            if (random.nextInt(12) == 0) {
                text.append(random.nextInt(1000));
            }
        }
        return text.toString();
    }
}
