package dev.podium.shared;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Where a {@link PersonalDataExporter} writes: a section (a name and its columns), then its rows, then the next
 * section. Values are strings, numbers, booleans, {@link java.time.Instant}s, {@link java.time.LocalDate}s or null.
 */
public interface PersonalDataSink {

    /**
     * Starts a section. Its name is machine-readable and stable (lower case, dashes: {@code activity-items}); the
     * readable title is the translation key {@code my-data.section.<name>}, a column's heading
     * {@code my-data.column.<column>}.
     */
    void section(String name, List<String> columns);

    /** One row of the current section, values in the order of its columns. */
    void row(List<? extends @Nullable Object> values);
}
