package dev.podium.security;

import com.vaadin.flow.i18n.I18NProvider;
import dev.podium.shared.PersonalDataSink;
import dev.podium.shared.Texts;
import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jspecify.annotations.Nullable;

/**
 * Writes a person's "My data" zip as the exporters hand it rows: {@code data/<section>.json} per section (streamed
 * into the zip row by row), {@code manifest.json} (who, when, sections and counts) and {@code index.html}, the
 * readable summary in the person's language. The HTML body goes to a scratch file while the JSON is written, and
 * into the zip at the end, so neither is ever held whole in memory; it shows at most {@link #HTML_ROWS} rows per
 * section (200,000 posts are no summary), the JSON all of them.
 */
final class PersonalDataZip implements PersonalDataSink {

    static final int HTML_ROWS = 1000;
    private static final Pattern SECTION_NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private record Section(String name, long rows) {
    }

    private final ZipOutputStream zip;
    private final Writer json;
    private final Path htmlScratch;
    private final Writer html;
    private final Locale locale;
    private final I18NProvider texts;
    private final Runnable onRow;
    private final List<Section> done = new ArrayList<>();
    private final Set<String> names = new HashSet<>();
    private @Nullable String current;
    private List<String> columns = List.of();
    private long rows;
    private long records;

    PersonalDataZip(OutputStream out, Path htmlScratch, Locale locale, I18NProvider texts, Runnable onRow)
            throws IOException {
        this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        // the JSON writer must never close the zip: each section closes only its entry
        this.json = new BufferedWriter(new OutputStreamWriter(new FilterOutputStream(zip) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out().write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }

            private OutputStream out() {
                return zip;
            }
        }, StandardCharsets.UTF_8), 64 * 1024);
        this.htmlScratch = htmlScratch;
        this.html = Files.newBufferedWriter(htmlScratch, StandardCharsets.UTF_8);
        this.locale = locale;
        this.texts = texts;
        this.onRow = onRow;
    }

    long records() {
        return records;
    }

    int sections() {
        return done.size() + (current == null ? 0 : 1);
    }

    @Override
    public void section(String name, List<String> columns) {
        if (!SECTION_NAME.matcher(name).matches() || !names.add(name)) {
            throw new IllegalArgumentException("Section names are unique, lower case with dashes: " + name);
        }
        try {
            endSection();
            current = name;
            this.columns = List.copyOf(columns);
            rows = 0;
            zip.putNextEntry(new ZipEntry("data/" + name + ".json"));
            json.write("{\"section\":");
            jsonString(name);
            json.write(",\"title\":");
            jsonString(t("my-data.section." + name));
            json.write(",\"columns\":[");
            for (int i = 0; i < columns.size(); i++) {
                json.write(i == 0 ? "" : ",");
                jsonString(columns.get(i));
            }
            json.write("],\"rows\":[");
            html.write("<section id=\"" + name + "\"><h2>" + escape(t("my-data.section." + name)) + "</h2>\n");
            html.write("<table><thead><tr>");
            for (String column : columns) {
                html.write("<th>" + escape(t("my-data.column." + column)) + "</th>");
            }
            html.write("</tr></thead><tbody>\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void row(List<? extends @Nullable Object> values) {
        if (current == null || values.size() != columns.size()) {
            throw new IllegalStateException("A row belongs to a section and has a value per column");
        }
        try {
            json.write(rows == 0 ? "\n{" : ",\n{");
            for (int i = 0; i < values.size(); i++) {
                json.write(i == 0 ? "" : ",");
                jsonString(columns.get(i));
                json.write(':');
                jsonValue(values.get(i));
            }
            json.write('}');
            if (rows < HTML_ROWS) {
                html.write("<tr>");
                for (Object value : values) {
                    html.write("<td>" + escape(readable(value)) + "</td>");
                }
                html.write("</tr>\n");
            }
            rows++;
            records++;
            onRow.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ends the last section and writes the manifest and the readable summary; closes the zip. */
    void finish(String personName, Instant createdAt) throws IOException {
        endSection();
        zip.putNextEntry(new ZipEntry("manifest.json"));
        json.write("{\"person\":");
        jsonString(personName);
        json.write(",\"created_at\":");
        jsonValue(createdAt);
        json.write(",\"language\":");
        jsonString(locale.toLanguageTag());
        json.write(",\"sections\":[");
        for (int i = 0; i < done.size(); i++) {
            json.write(i == 0 ? "\n{\"section\":" : ",\n{\"section\":");
            jsonString(done.get(i).name());
            json.write(",\"file\":");
            jsonString("data/" + done.get(i).name() + ".json");
            json.write(",\"rows\":" + done.get(i).rows() + "}");
        }
        json.write("]}\n");
        json.flush();
        zip.closeEntry();
        html.close();
        zip.putNextEntry(new ZipEntry("index.html"));
        json.write("<!DOCTYPE html>\n<html lang=\"" + escape(locale.toLanguageTag()) + "\"><head><meta charset=\"utf-8\">"
                + "<title>" + escape(t("my-data.html.title", personName)) + "</title><style>"
                + "body{font-family:system-ui,sans-serif;margin:2rem;max-width:80rem}"
                + "table{border-collapse:collapse;margin-bottom:1rem}td,th{border:1px solid #ccc;padding:.25rem .5rem;"
                + "vertical-align:top;text-align:left;white-space:pre-wrap;overflow-wrap:anywhere}th{background:#eee}"
                + "</style></head><body>\n<h1>" + escape(t("my-data.html.title", personName)) + "</h1>\n<p>"
                + escape(t("my-data.html.intro", TIME.format(createdAt))) + "</p>\n<ul>\n");
        for (Section section : done) {
            json.write("<li><a href=\"#" + section.name() + "\">" + escape(t("my-data.section." + section.name()))
                    + "</a> (" + section.rows() + ")</li>\n");
        }
        json.write("</ul>\n");
        json.flush();
        Files.copy(htmlScratch, zip);
        json.write("</body></html>\n");
        json.flush();
        zip.closeEntry();
        zip.close();
    }

    private void endSection() throws IOException {
        if (current == null) {
            return;
        }
        json.write("\n]}\n");
        json.flush();
        zip.closeEntry();
        html.write("</tbody></table>\n");
        if (rows == 0) {
            html.write("<p class=\"empty\">" + escape(t("my-data.html.none")) + "</p>\n");
        } else if (rows > HTML_ROWS) {
            html.write("<p class=\"more\">" + escape(t("my-data.html.more", rows - HTML_ROWS,
                    "data/" + current + ".json")) + "</p>\n");
        }
        html.write("</section>\n");
        done.add(new Section(current, rows));
        current = null;
    }

    private String readable(@Nullable Object value) {
        return switch (value) {
            case null -> "";
            case Instant instant -> TIME.format(instant);
            case Boolean flag -> t(flag ? "my-data.html.yes" : "my-data.html.no");
            default -> value.toString();
        };
    }

    private void jsonValue(@Nullable Object value) throws IOException {
        switch (value) {
            case null -> json.write("null");
            case Boolean flag -> json.write(flag.toString());
            case Long number -> json.write(number.toString());
            case Integer number -> json.write(number.toString());
            case Instant instant -> jsonString(instant.toString());
            case LocalDate date -> jsonString(date.toString());
            default -> jsonString(value.toString());
        }
    }

    private void jsonString(String text) throws IOException {
        json.write('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.write("\\\"");
                case '\\' -> json.write("\\\\");
                case '\n' -> json.write("\\n");
                case '\r' -> json.write("\\r");
                case '\t' -> json.write("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        json.write(String.format("\\u%04x", (int) c));
                    } else {
                        json.write(c);
                    }
                }
            }
        }
        json.write('"');
    }

    private String t(String key, Object... parameters) {
        return texts.getTranslation(key, locale, parameters);
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                // an invisible direction override would reverse what follows it in the summary
                default -> escaped.appendCodePoint(Texts.isBidiControl(c) ? '\uFFFD' : c);
            }
        });
        return escaped.toString();
    }
}
