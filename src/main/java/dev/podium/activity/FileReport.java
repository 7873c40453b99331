package dev.podium.activity;

import java.util.Map;

/** How many items of each kind one file of an archive gave. */
public record FileReport(String fileName, Map<ActivityKind, Integer> counts) {

    public FileReport {
        counts = Map.copyOf(counts);
    }
}
