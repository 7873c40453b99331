package dev.podium.people;

import java.util.List;

/**
 * An HRIS export read into memory, not yet checked: its header and its rows with the line each starts on.
 *
 * @param delimiter the separator found in the header line ({@code ,} or {@code ;} or tab)
 */
public record HrisFile(String fileName, char delimiter, List<String> headers, List<Row> rows) {

    public HrisFile {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }

    /** One record of the file; {@code line} counts the header as line 1, as a spreadsheet would. */
    public record Row(int line, List<String> values) {

        String value(Integer column) {
            if (column == null || column < 0 || column >= values.size()) {
                return null;
            }
            String value = values.get(column);
            return value == null || value.isBlank() ? null : value.strip();
        }
    }
}
