package dev.podium.people;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an HRIS CSV export: UTF-8 with or without a byte order mark (Windows-1252 when the bytes are not UTF-8, as
 * spreadsheets on Windows still write), separated by comma, semicolon (European Excel) or tab, whichever the header
 * line holds most of.
 *
 * <p>Parsed as a stream of characters through {@link BoundedCsvReader}, which refuses a value longer than
 * {@link #MAX_FIELD_CHARACTERS} or a line with more than {@link #MAX_COLUMNS} columns as soon as it sees one,
 * naming the line: a hostile file (one line of millions of separators) is never built into millions of values.
 * The bytes themselves (at most the upload limit) are kept once, never copied into a string.
 */
final class HrisCsvReader {

    /** Far more than any HR system's value (names, addresses, job titles), far less than a hostile line. */
    static final int MAX_FIELD_CHARACTERS = 1_000;
    /** An HRIS export has a dozen or two columns; 200 leaves room for wide exports. */
    static final int MAX_COLUMNS = 200;

    private HrisCsvReader() {
    }

    static HrisFile read(String fileName, InputStream in, long maxBytes) {
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length > maxBytes) {
            throw new PeopleRuleViolation("file", "hris.error.too-large");
        }
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        Charset charset = isUtf8(bytes, start) ? StandardCharsets.UTF_8 : Charset.forName("windows-1252");
        char delimiter = delimiter(firstLine(bytes, start, charset));
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false)
                .setIgnoreSurroundingSpaces(true).get();
        List<String> headers = null;
        List<HrisFile.Row> rows = new ArrayList<>();
        Reader text = new BoundedCsvReader(new InputStreamReader(new ByteArrayInputStream(bytes, start,
                bytes.length - start), charset), delimiter, MAX_FIELD_CHARACTERS, MAX_COLUMNS);
        try (CSVParser parser = CSVParser.parse(text, format)) {
            long lineBefore = 0;
            for (CSVRecord record : parser) {
                // the line the record starts on: the one after where the previous record ended (multi-line fields;
                // empty lines come as records too, so that they count, and are skipped below)
                int line = (int) lineBefore + 1;
                lineBefore = parser.getCurrentLineNumber();
                List<String> values = record.toList();
                if (values.stream().allMatch(v -> v == null || v.isBlank())) {
                    continue;
                }
                if (headers == null) {
                    headers = values.stream().map(String::strip).toList();
                } else {
                    rows.add(new HrisFile.Row(line, values));
                }
            }
        } catch (BoundedCsvReader.LineTooWide e) {
            throw e.violation();
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            if (e.getCause() instanceof BoundedCsvReader.LineTooWide wide) {
                throw wide.violation();
            }
            throw new PeopleRuleViolation("file", "hris.error.unreadable");
        }
        if (headers == null || rows.isEmpty()) {
            throw new PeopleRuleViolation("file", "hris.error.empty");
        }
        return new HrisFile(fileName, delimiter, headers, rows);
    }

    /** Whether the bytes are valid UTF-8, checked in small pieces (never decoded into one string). */
    private static boolean isUtf8(byte[] bytes, int start) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(8 * 1024);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                return false;
            }
            out.clear();
            if (result.isUnderflow()) {
                return !decoder.flush(out).isError();
            }
        }
    }

    /** The header line, read up to its end or a bound (a file of one endless line has no header worth reading). */
    private static String firstLine(byte[] bytes, int start, Charset charset) {
        int end = start;
        int limit = Math.min(bytes.length, start + MAX_COLUMNS * (MAX_FIELD_CHARACTERS + 3));
        while (end < limit && bytes[end] != '\n') {
            end++;
        }
        return new String(bytes, start, end - start, charset);
    }

    static char delimiter(String header) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (char c : header.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                switch (c) {
                    case ',' -> commas++;
                    case ';' -> semicolons++;
                    case '\t' -> tabs++;
                    default -> { }
                }
            }
        }
        if (semicolons > commas && semicolons >= tabs) {
            return ';';
        }
        return tabs > commas ? '\t' : ',';
    }
}
