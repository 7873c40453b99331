package dev.podium.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.i18n.I18NProvider;
import dev.podium.PodiumSpringTest;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The zip writer on its own, with the application's translations: 200,000 rows stream through (the figures are
 * printed, not asserted), the summary shows the first thousand and says where the rest are, and whatever a person
 * typed is escaped in the HTML and the JSON.
 */
@PodiumSpringTest
class PersonalDataZipIntegrationTest {

    private static final Instant NOW = Instant.parse("2026-06-10T08:30:00Z");

    @Autowired
    I18NProvider texts;

    @TempDir
    Path folder;

    @Test
    void two_hundred_thousand_rows_stream_into_the_json_and_the_summary_shows_a_thousand() throws IOException {
        Path file = folder.resolve("big.zip");
        Runtime runtime = Runtime.getRuntime();
        long before = runtime.totalMemory() - runtime.freeMemory();
        long started = System.nanoTime();
        long peakUsed = before;
        try (OutputStream out = Files.newOutputStream(file)) {
            PersonalDataZip zip = new PersonalDataZip(out, folder.resolve("big.html.part"), Locale.ENGLISH, texts,
                    () -> { });
            zip.section("activity-items", List.of("occurred_at", "text", "word_count"));
            for (int i = 0; i < 200_000; i++) {
                zip.row(Arrays.asList(NOW.minusSeconds(i), "Post number " + i + " about heat pumps and the grid",
                        (long) i));
                if (i % 20_000 == 0) {
                    peakUsed = Math.max(peakUsed, runtime.totalMemory() - runtime.freeMemory());
                }
            }
            zip.finish("Big Importer", NOW);
            assertThat(zip.records()).isEqualTo(200_000);
        }
        // the whole application shares the heap, so this is a hint (the writer keeps one row), not a measurement
        System.out.printf("My data: 200,000 rows in %d ms, zip %,d bytes, heap in use %,d MB before, at most %,d MB"
                + " while writing%n", (System.nanoTime() - started) / 1_000_000, Files.size(file),
                before / (1024 * 1024), peakUsed / (1024 * 1024));

        long jsonRows = 0;
        String html = null;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(file), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals("data/activity-items.json")) {
                    BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                    jsonRows = lines.lines().filter(line -> line.startsWith("{\"occurred_at\":")).count();
                } else if (entry.getName().equals("index.html")) {
                    html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        assertThat(jsonRows).isEqualTo(200_000);
        assertThat(html).contains("Post number 999 ").doesNotContain("Post number 1000 ")
                .contains("199,000 more rows: all of them are in data/activity-items.json");
        assertThat(Files.exists(folder.resolve("big.html.part"))).as("the writer leaves the scratch to its caller")
                .isTrue();
    }

    @Test
    void what_a_person_typed_is_escaped_in_the_summary_and_the_json() throws IOException {
        Path file = folder.resolve("escaped.zip");
        try (OutputStream out = Files.newOutputStream(file)) {
            PersonalDataZip zip = new PersonalDataZip(out, folder.resolve("escaped.html.part"), Locale.ENGLISH,
                    texts, () -> { });
            zip.section("activity-items", List.of("text", "company_content"));
            zip.row(Arrays.asList("<script>alert('x')</script> \"quoted\" \\ \u202Eevil\nline", true));
            zip.row(Arrays.asList(null, false));
            assertThatThrownBy(() -> zip.row(List.of("one value"))).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> zip.section("activity-items", List.of("x")))
                    .isInstanceOf(IllegalArgumentException.class);
            zip.finish("<b>Eve</b>", NOW);
        }
        String json = null;
        String html = null;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(file), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                if (entry.getName().equals("data/activity-items.json")) {
                    json = text;
                } else if (entry.getName().equals("index.html")) {
                    html = text;
                }
            }
        }
        assertThat(html).doesNotContain("<script>").doesNotContain("<b>Eve</b>").doesNotContain("\u202E")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &quot;quoted&quot;")
                .contains("<td>yes</td>").contains("<td>no</td>").contains("&lt;b&gt;Eve&lt;/b&gt;");
        JsonNodeCheck.rows(json, rows -> {
            assertThat(rows.get(0).get("text").asString())
                    .isEqualTo("<script>alert('x')</script> \"quoted\" \\ \u202Eevil\nline");
            assertThat(rows.get(0).get("company_content").asBoolean()).isTrue();
            assertThat(rows.get(1).get("text").isNull()).isTrue();
        });
    }

    /** Reads a section's rows with Jackson, so the JSON is checked by a real parser. */
    private static final class JsonNodeCheck {
        static void rows(String json, java.util.function.Consumer<tools.jackson.databind.JsonNode> check) {
            check.accept(tools.jackson.databind.json.JsonMapper.builder().build().readTree(json).get("rows"));
        }
    }
}
