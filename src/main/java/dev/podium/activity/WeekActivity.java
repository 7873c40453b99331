package dev.podium.activity;

import java.time.LocalDate;

/**
 * One ISO week of the window.
 *
 * @param weekStart the Monday
 * @param originalUnits weighted own posts, articles and commented reshares
 * @param reshares reshares of every kind
 */
public record WeekActivity(LocalDate weekStart, int isoWeek, double originalUnits, int reshares,
        int substantiveComments) {
}
