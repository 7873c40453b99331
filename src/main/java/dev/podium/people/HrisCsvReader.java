package dev.podium.people;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
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
 */
final class HrisCsvReader {

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
        String text = decode(bytes);
        if (text.isBlank()) {
            throw new PeopleRuleViolation("file", "hris.error.empty");
        }
        char delimiter = delimiter(firstLine(text));
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false)
                .setIgnoreSurroundingSpaces(true).get();
        List<String> headers = null;
        List<HrisFile.Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
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
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new PeopleRuleViolation("file", "hris.error.unreadable");
        }
        if (headers == null || rows.isEmpty()) {
            throw new PeopleRuleViolation("file", "hris.error.empty");
        }
        return new HrisFile(fileName, delimiter, headers, rows);
    }

    private static String decode(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        ByteBuffer buffer = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(buffer).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, start, bytes.length - start, Charset.forName("windows-1252"));
        }
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
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
