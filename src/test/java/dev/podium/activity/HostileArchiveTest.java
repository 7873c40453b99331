package dev.podium.activity;

import static dev.podium.activity.ActivityFixtures.bytes;
import static dev.podium.activity.ActivityFixtures.read;
import static dev.podium.activity.ActivityFixtures.write;
import static dev.podium.activity.ActivityFixtures.zip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HostileArchiveTest {

    private static final ArchiveLimits SMALL = new ArchiveLimits(4L << 20, 8L << 20, 16L << 20, 50, 100);

    @TempDir
    Path dir;

    private static void rejected(ThrowingCallable read, String key, String file) {
        assertThatThrownBy(read).isInstanceOfSatisfying(ArchiveRejected.class, e -> {
            assertThat(e.messageKey()).isEqualTo(key);
            assertThat(e.fileName()).isEqualTo(file);
            assertThat(e.getMessage()).startsWith(file);
            assertThat(e.arguments()[0]).isEqualTo(file);
        });
    }

    @Test
    void a_zip_bomb_is_refused_by_its_real_ratio_while_unpacking() throws IOException {
        Path bomb = dir.resolve("export.zip");
        try (OutputStream out = Files.newOutputStream(bomb); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("Shares.csv"));
            zip.write("Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n".getBytes());
            // well-formed rows, the same one over and over: packs about a thousand to one
            byte[] rows = "2026-03-02 08:15:30,https://l/1,,,,MEMBER_NETWORK\n".repeat(20_000).getBytes();
            for (int i = 0; i < 6; i++) {
                zip.write(rows);
            }
            zip.closeEntry();
        }
        assertThat(Files.size(bomb)).isLessThan(100_000);

        rejected(() -> read("export.zip", bomb, SMALL), "activity.rejected.zip-bomb", "Shares.csv");
    }

    @Test
    void a_bomb_in_a_file_podium_does_not_even_need_is_refused_too() throws IOException {
        Path bomb = dir.resolve("export.zip");
        try (OutputStream out = Files.newOutputStream(bomb); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("media/huge.bin"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 6; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("Shares.csv"));
            zip.write(bytes("linkedin/Shares.csv"));
            zip.closeEntry();
        }

        rejected(() -> read("export.zip", bomb, SMALL), "activity.rejected.zip-bomb", "media/huge.bin");
    }

    @Test
    void an_entry_larger_than_the_limit_is_refused_whatever_its_header_says() {
        ArchiveLimits tiny = new ArchiveLimits(4L << 20, 1000, 16L << 20, 50, 1000);
        Path file = zip(dir.resolve("export.zip"), Map.of("Shares.csv", bytes("linkedin/Shares.csv"),
                "Comments.csv", new String(bytes("linkedin/Comments.csv"), StandardCharsets.UTF_8).repeat(3)
                        .getBytes(StandardCharsets.UTF_8)));

        assertThatThrownBy(() -> read("export.zip", file, tiny)).isInstanceOfSatisfying(ArchiveRejected.class,
                e -> assertThat(e.messageKey()).isEqualTo("activity.rejected.entry-too-large"));
    }

    @Test
    void an_archive_unpacking_to_more_than_the_total_limit_is_refused() {
        ArchiveLimits total = new ArchiveLimits(4L << 20, 1 << 20, 1500, 50, 1000);
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("Shares.csv", bytes("linkedin/Shares.csv"));
        entries.put("Comments.csv", bytes("linkedin/Comments.csv"));
        Path file = zip(dir.resolve("export.zip"), entries);

        rejected(() -> read("export.zip", file, total), "activity.rejected.total-too-large", "Comments.csv");
    }

    @Test
    void a_zip_slip_path_refuses_the_whole_archive() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("Shares.csv", bytes("linkedin/Shares.csv"));
        entries.put("../../etc/cron.d/evil", "x".getBytes());
        Path file = zip(dir.resolve("export.zip"), entries);

        rejected(() -> read(file), "activity.rejected.unsafe-path", "../../etc/cron.d/evil");
    }

    @Test
    void an_absolute_path_refuses_the_whole_archive() {
        Path file = zip(dir.resolve("export.zip"), Map.of("/etc/passwd", "x".getBytes()));

        rejected(() -> read(file), "activity.rejected.unsafe-path", "/etc/passwd");
    }

    @Test
    void too_many_entries_are_refused() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i < 51; i++) {
            entries.put("media/" + i + ".png", new byte[] {1});
        }
        Path file = zip(dir.resolve("export.zip"), entries);

        rejected(() -> read("export.zip", file, SMALL), "activity.rejected.too-many-entries", "export.zip");
    }

    @Test
    void an_upload_over_the_configured_size_is_refused_before_reading() {
        ArchiveLimits small = new ArchiveLimits(100, 1 << 20, 1 << 20, 50, 100);
        Path file = write(dir.resolve("Shares.csv"), bytes("linkedin/Shares.csv"));

        rejected(() -> read("Shares.csv", file, small), "activity.rejected.upload-too-large", "Shares.csv");
    }

    @Test
    void a_truncated_zip_is_refused_naming_the_entry_cut_off() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("Shares.csv", new String(bytes("linkedin/Shares.csv"), StandardCharsets.UTF_8).repeat(40)
                .getBytes(StandardCharsets.UTF_8));
        Path whole = zip(dir.resolve("whole.zip"), entries);
        byte[] all = Files.readAllBytes(whole);
        Path cut = write(dir.resolve("export.zip"), Arrays.copyOf(all, all.length / 2));

        rejected(() -> read(cut), "activity.rejected.truncated", "Shares.csv");
    }

    @Test
    void a_truncated_tar_gz_is_refused() throws IOException {
        Path tgz = dir.resolve("archive.tar.gz");
        try (OutputStream out = Files.newOutputStream(tgz);
                var gzip = new org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream(out);
                var tar = new org.apache.commons.compress.archivers.tar.TarArchiveOutputStream(gzip)) {
            byte[] outbox = bytes("mastodon/outbox.json");
            var entry = new org.apache.commons.compress.archivers.tar.TarArchiveEntry("outbox.json");
            entry.setSize(outbox.length);
            tar.putArchiveEntry(entry);
            tar.write(outbox);
            tar.closeArchiveEntry();
        }
        byte[] all = Files.readAllBytes(tgz);
        Path cut = write(dir.resolve("archive-cut.tar.gz"), Arrays.copyOf(all, all.length * 2 / 3));

        assertThatThrownBy(() -> read(cut)).isInstanceOfSatisfying(ArchiveRejected.class,
                e -> assertThat(e.messageKey()).isIn("activity.rejected.truncated", "activity.rejected.broken-json"));
    }

    @Test
    void text_that_is_not_utf8_is_refused_naming_the_file() {
        byte[] latin1 = "Date,Link,Message\n2026-03-03 10:00:00,https://x,\"Tak for hjælp, søde kolleger\"\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        Path file = zip(dir.resolve("export.zip"), Map.of("Comments.csv", latin1));

        rejected(() -> read(file), "activity.rejected.not-utf8", "Comments.csv");
    }

    @Test
    void a_csv_with_other_columns_is_refused_naming_file_and_line_one() {
        Path file = zip(dir.resolve("export.zip"), Map.of("Shares.csv", "When,What\n2026-01-01,x\n".getBytes()));

        assertThatThrownBy(() -> read(file)).isInstanceOfSatisfying(ArchiveRejected.class, e -> {
            assertThat(e.messageKey()).isEqualTo("activity.rejected.wrong-header");
            assertThat(e.fileName()).isEqualTo("Shares.csv");
            assertThat(e.line()).isEqualTo(1);
            assertThat(e.getMessage()).contains("Date,ShareLink,ShareCommentary");
        });
    }

    @Test
    void random_bytes_are_refused_as_an_unknown_format() {
        byte[] noise = new byte[4096];
        new Random(42).nextBytes(noise);
        noise[0] = 0x00;
        Path file = write(dir.resolve("export.bin"), noise);

        rejected(() -> read(file), "activity.rejected.unknown-format", "export.bin");
    }

    @Test
    void random_bytes_named_zip_are_refused_too() {
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        noise[0] = 'P';
        noise[1] = 'K';
        noise[2] = 3;
        noise[3] = 4;
        Path file = write(dir.resolve("export.zip"), noise);

        assertThatThrownBy(() -> read(file)).isInstanceOf(ArchiveRejected.class);
    }

    @Test
    void an_empty_archive_is_refused_as_nothing_found() {
        Path file = zip(dir.resolve("export.zip"), Map.of());

        rejected(() -> read(file), "activity.rejected.nothing-found", "export.zip");
    }

    @Test
    void an_archive_without_any_activity_file_is_refused_as_nothing_found() {
        Path file = zip(dir.resolve("export.zip"), Map.of("Profile.csv", bytes("linkedin/Profile.csv")));

        rejected(() -> read(file), "activity.rejected.nothing-found", "export.zip");
    }

    @Test
    void a_quoted_value_that_never_ends_is_refused_with_its_line() {
        Path file = write(dir.resolve("Shares.csv"), "Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n"
                + "2026-03-02 08:15:30,https://l/1,\"fine\",,,MEMBER_NETWORK\n"
                + "2026-03-02 08:15:30,https://l/2,\"never closed,,,MEMBER_NETWORK\n");

        assertThatThrownBy(() -> read(file)).isInstanceOfSatisfying(ArchiveRejected.class, e -> {
            assertThat(e.messageKey()).isEqualTo("activity.rejected.broken-csv");
            assertThat(e.line()).isEqualTo(3);
        });
    }

    @Test
    void every_rejection_has_an_english_and_a_danish_text() throws IOException {
        var english = ActivityArchiveAnalyser.english();
        var danish = new java.util.Properties();
        try (var in = getClass().getResourceAsStream("/vaadin-i18n/translations_da.properties")) {
            danish.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        for (var method : Rejections.class.getDeclaredMethods()) {
            if (method.getReturnType() != ArchiveRejected.class || method.getName().equals("fromCause")) {
                continue;
            }
            Object[] args = Arrays.stream(method.getParameterTypes()).map(t -> t == String.class ? "f.csv"
                    : t == int.class || t == Integer.class ? 3 : t == long.class ? 1L << 20
                    : new RuntimeException("x")).toArray();
            ArchiveRejected rejected;
            try {
                method.setAccessible(true);
                rejected = (ArchiveRejected) method.invoke(null, args);
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
            assertThat(english.getProperty(rejected.messageKey())).as(rejected.messageKey()).isNotBlank();
            assertThat(danish.getProperty(rejected.messageKey())).as(rejected.messageKey()).isNotBlank();
            String text = new java.text.MessageFormat(english.getProperty(rejected.messageKey()),
                    java.util.Locale.ENGLISH).format(rejected.arguments());
            assertThat(text).as(rejected.messageKey()).startsWith("f.csv").doesNotContain("{");
        }
    }

    @Test
    void a_failing_sink_is_not_blamed_on_the_upload() {
        Path file = write(dir.resolve("Shares.csv"), bytes("linkedin/Shares.csv"));
        IllegalStateException databaseDown = new IllegalStateException("database down");

        assertThatThrownBy(() -> new ArchiveReader(ArchiveLimits.defaults()).read("Shares.csv", file, item -> {
            throw databaseDown;
        })).isSameAs(databaseDown);
    }

    @Test
    void a_row_that_never_ends_is_refused_before_it_fills_the_memory() {
        StringBuilder csv = new StringBuilder("Date,Link,Message\n2026-03-03 10:00:00,https://x,\"opened");
        String line = "and it goes on and on, never closing the quote\n";
        while (csv.length() < CsvInput.RowBudget.MAX_ROW_CHARS + 100_000) {
            csv.append(line);
        }
        Path file = write(dir.resolve("Comments.csv"), csv.toString());

        assertThatThrownBy(() -> read(file)).isInstanceOfSatisfying(ArchiveRejected.class, e -> {
            assertThat(e.messageKey()).isEqualTo("activity.rejected.row-too-long");
            assertThat(e.fileName()).isEqualTo("Comments.csv");
            assertThat(e.line()).isEqualTo(2);
        });
    }
}
