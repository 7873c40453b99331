package dev.podium.activity;

import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * One CSV file of a LinkedIn export, read row by row with LinkedIn's quirks (DOMAIN.md §2): strict UTF-8 with or
 * without a byte-order mark, LF or CRLF, quoted values running over several lines, a preamble before the header in
 * some files, columns found by their header name, and empty values written as {@code ""}. Bad input becomes an
 * {@link ArchiveRejected} naming the file and the line.
 */
final class CsvInput {

    /** Most files double quotes (RFC 4180). */
    static final CSVFormat STANDARD = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();
    /**
     * Comments.csv escapes quotes with a backslash instead, with real newlines inside quoted values. (Commons CSV
     * then also reads a backslash-n as a newline; LinkedIn writes real newlines, so that costs nothing.)
     */
    static final CSVFormat BACKSLASH_ESCAPED = STANDARD.builder().setEscape('\\').get();

    private final String fileName;
    private final RowBudget budget;
    private final CSVParser parser;
    private final Iterator<CSVRecord> rows;
    private Map<String, Integer> columns = Map.of();

    private CsvInput(String fileName, RowBudget budget, CSVParser parser) {
        this.fileName = fileName;
        this.budget = budget;
        this.parser = parser;
        this.rows = parser.iterator();
    }

    /** Opens a file of an archive; the stream is not closed here. */
    static CsvInput open(String fileName, InputStream in, CSVFormat format) throws IOException {
        RowBudget budget = new RowBudget(TextInput.utf8(in), fileName);
        return new CsvInput(fileName, budget, CSVParser.builder().setReader(budget).setFormat(format).get());
    }

    /**
     * The next row, or null at the end of the file.
     *
     * @throws ArchiveRejected for a broken row, naming the line it starts on
     */
    Row next() {
        int line = (int) parser.getCurrentLineNumber() + 1;
        budget.nextRow(line);
        try {
            return rows.hasNext() ? new Row(rows.next(), line) : null;
        } catch (UncheckedIOException e) {
            ArchiveRejected known = Rejections.fromCause(fileName, e);
            throw known != null ? known : Rejections.brokenCsv(fileName, line);
        }
    }

    /**
     * Reads past a preamble to the first row that {@code isHeader} accepts (given its stripped cells) and looks
     * columns up by that row's names from then on.
     *
     * @return the header's cells, or null when the file ends first
     */
    List<String> header(Predicate<List<String>> isHeader) {
        for (Row row = next(); row != null; row = next()) {
            List<String> cells = row.cells();
            if (isHeader.test(cells)) {
                Map<String, Integer> byName = new HashMap<>();
                for (int i = 0; i < cells.size(); i++) {
                    byName.putIfAbsent(cells.get(i), i);
                }
                columns = byName;
                return cells;
            }
        }
        return null;
    }

    /** The cells of a CSV file's first line, from the start of its text; for telling a lone upload by its header. */
    static List<String> firstLine(String textStart) {
        if (textStart == null) {
            return List.of();
        }
        String line = textStart.lines().findFirst().orElse("");
        return Arrays.stream(line.split(",", -1)).map(s -> s.strip().replace("\"", "")).toList();
    }

    /** One row, with the line it starts on. */
    final class Row {
        private final CSVRecord record;
        private final int line;

        private Row(CSVRecord record, int line) {
            this.record = record;
            this.line = line;
        }

        int line() {
            return line;
        }

        List<String> cells() {
            return record.stream().map(String::strip).toList();
        }

        /** The stripped value in the header's column of that name; null when empty, missing or LinkedIn's {@code ""}. */
        String value(String column) {
            Integer index = columns.get(column);
            if (index == null || index >= record.size()) {
                return null;
            }
            String value = record.get(index).strip();
            // LinkedIn writes empty values as "" (quoted and quoted again)
            return value.isEmpty() || value.equals("\"\"") ? null : value;
        }
    }

    /**
     * A CSV parser holds a whole row in memory, so an unclosed quote would make it hold the rest of the file.
     * LinkedIn's rows are a few thousand characters at most (posts are limited to 3,000): a row of a million is
     * refused, counted on the characters read for it (give or take the parser's read-ahead).
     */
    static final class RowBudget extends FilterReader {
        static final int MAX_ROW_CHARS = 1_000_000;
        private final String fileName;
        private long sinceRowStart;
        private int line = 1;

        RowBudget(Reader in, String fileName) {
            super(in);
            this.fileName = fileName;
        }

        void nextRow(int line) {
            this.line = line;
            sinceRowStart = 0;
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            count(c < 0 ? 0 : 1);
            return c;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(0, n));
            return n;
        }

        private void count(int n) {
            sinceRowStart += n;
            if (sinceRowStart > MAX_ROW_CHARS) {
                throw Rejections.rowTooLong(fileName, line, MAX_ROW_CHARS);
            }
        }
    }
}
