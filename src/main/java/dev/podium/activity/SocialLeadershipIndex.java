package dev.podium.activity;

import java.time.LocalDate;
import java.util.List;

/**
 * The Social Leadership Index over a rolling window of ISO weeks: four pillars of up to 25 points each.
 *
 * @param weeks one entry per week of the window, oldest first
 * @param activeWeeks weeks of the window with original work or substantive comments enough to count as active
 *     (the consistency pillar's count)
 * @param nextStep the one concrete thing that would lift the weakest pillar
 * @param windowStart the Monday the window starts on
 * @param windowEnd the last day counted (today)
 */
public record SocialLeadershipIndex(int total, Band band, PillarScore originality, PillarScore consistency,
        PillarScore engagementQuality, PillarScore topicalFocus, List<WeekActivity> weeks, int activeWeeks,
        Explanation nextStep, LocalDate windowStart, LocalDate windowEnd) {

    public SocialLeadershipIndex {
        weeks = List.copyOf(weeks);
    }
}
