package dev.podium.reporting;

import java.time.LocalDate;
import java.util.List;

/**
 * Posting consistency across the population: per ISO week, how many people were active (at least one original
 * post or article, or three substantive comments). A null count is not shown.
 *
 * @param population active people in the selection now; null when that is a small group
 */
public record WeeklyTrend(Long population, List<Week> weeks) {

    public WeeklyTrend {
        weeks = List.copyOf(weeks);
    }

    public record Week(LocalDate weekStart, int isoWeek, Long activePeople) {
    }
}
