package dev.podium.reporting;

import java.time.LocalDate;
import java.util.List;

/**
 * Consistency over spikes for one wave: of the people launched in it, how many were active in the N-th week after
 * the launch (N = 0 is the launch week). A null count is not shown (a small group).
 *
 * @param population the cohort's active people; null when that is a small group
 */
public record CohortCurve(long cohortId, String name, LocalDate launchedOn, Long population, List<Point> points) {

    public CohortCurve {
        points = List.copyOf(points);
    }

    public record Point(int weeksAfterLaunch, LocalDate weekStart, Long activePeople) {
    }
}
