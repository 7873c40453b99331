package dev.podium.activity;

import java.util.List;
import java.util.Map;

/**
 * One of the four pillars of the index.
 *
 * @param score 0 to 25
 * @param figures the counts and ratios behind the score, by name, in a stable order
 * @param explanations plain sentences saying how the score came about
 */
public record PillarScore(int score, Map<String, Number> figures, List<Explanation> explanations) {

    public PillarScore {
        figures = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(figures));
        explanations = List.copyOf(explanations);
    }
}
