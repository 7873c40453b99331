package dev.podium.people;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Which column (0-based) holds which field, as HR confirmed it.
 *
 * @param fullExport the file lists everyone employed: people imported from the HRIS earlier but missing from it
 *        have left and are deactivated. Without it, only rows marked with a status or end date deactivate.
 */
public record HrisMapping(Map<HrisField, Integer> columns, boolean fullExport) {

    public HrisMapping {
        EnumMap<HrisField, Integer> copy = new EnumMap<>(HrisField.class);
        columns.forEach((field, column) -> {
            if (column != null && column >= 0) {
                copy.put(field, column);
            }
        });
        columns = Map.copyOf(copy);
    }

    /** Guesses each field's column from the header names; HR may change every choice. */
    public static HrisMapping guess(List<String> headers) {
        Map<HrisField, Integer> columns = new EnumMap<>(HrisField.class);
        for (HrisField field : HrisField.values()) {
            for (int i = 0; i < headers.size(); i++) {
                if (field.matches(headers.get(i)) && !columns.containsValue(i)) {
                    columns.put(field, i);
                    break;
                }
            }
        }
        return new HrisMapping(columns, false);
    }

    public HrisMapping withColumn(HrisField field, Integer column) {
        Map<HrisField, Integer> changed = new EnumMap<>(HrisField.class);
        changed.putAll(columns);
        if (column == null) {
            changed.remove(field);
        } else {
            changed.put(field, column);
        }
        return new HrisMapping(changed, fullExport);
    }

    public HrisMapping withFullExport(boolean full) {
        return new HrisMapping(columns, full);
    }

    Integer column(HrisField field) {
        return columns.get(field);
    }
}
