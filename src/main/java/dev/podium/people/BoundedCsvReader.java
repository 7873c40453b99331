package dev.podium.people;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Passes CSV text through while watching each line: a value longer than {@code maxFieldCharacters} or more than
 * {@code maxColumns} separators outside quotes on one record stops the reading at once with {@link LineTooWide},
 * which names the physical line. The CSV parser behind it therefore never holds more than one bounded record.
 */
final class BoundedCsvReader extends FilterReader {

    private final char delimiter;
    private final int maxFieldCharacters;
    private final int maxColumns;
    private int line = 1;
    private boolean quoted;
    private int fieldLength;
    private int columns = 1;

    BoundedCsvReader(Reader in, char delimiter, int maxFieldCharacters, int maxColumns) {
        super(in);
        this.delimiter = delimiter;
        this.maxFieldCharacters = maxFieldCharacters;
        this.maxColumns = maxColumns;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            watch((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int read = super.read(buffer, offset, length);
        for (int i = 0; i < read; i++) {
            watch(buffer[offset + i]);
        }
        return read;
    }

    private void watch(char c) throws LineTooWide {
        if (c == '\n') {
            line++;
        }
        if (c == '"') {
            // a doubled quote inside a quoted value toggles twice: still quoted
            quoted = !quoted;
            return;
        }
        if (!quoted && (c == '\n' || c == '\r')) {
            fieldLength = 0;
            if (c == '\n') {
                columns = 1;
            }
            return;
        }
        if (!quoted && c == delimiter) {
            fieldLength = 0;
            if (++columns > maxColumns) {
                throw new LineTooWide(line, "hris.error.too-many-columns", maxColumns);
            }
            return;
        }
        if (++fieldLength > maxFieldCharacters) {
            throw new LineTooWide(line, "hris.error.field-too-long", maxFieldCharacters);
        }
    }

    /** The file breaks a bound on one line; an {@link IOException} so that the CSV parser passes it on. */
    static final class LineTooWide extends IOException {

        /** The upload field the problem belongs to, as for the reader's other refusals. */
        private static final String FIELD = "file";

        private final int line;
        private final String messageKey;
        private final int limit;

        LineTooWide(int line, String messageKey, int limit) {
            super(messageKey + " on line " + line);
            this.line = line;
            this.messageKey = messageKey;
            this.limit = limit;
        }

        PeopleRuleViolation violation() {
            return new PeopleRuleViolation(FIELD, messageKey, line, limit);
        }
    }
}
