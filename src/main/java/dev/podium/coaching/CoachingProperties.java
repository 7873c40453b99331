package dev.podium.coaching;

import dev.podium.activity.ActivityGoal;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code podium.coaching.*}.
 *
 * @param practicePeriod how long a practice period lasts; the mid-point check-in falls at half of it
 * @param stallAfter a programme without progress for this long nudges the participant
 * @param coachReminderAfter a coach step left open this long reminds the coach
 * @param goalOriginalPostWeeks weeks with original posts the practice goal asks for ...
 * @param goalWeeks ... out of this many recent weeks
 * @param goalSliAtLeast the Social Leadership Index the practice goal asks for
 */
@ConfigurationProperties("podium.coaching")
public record CoachingProperties(@DefaultValue("42d") Duration practicePeriod, @DefaultValue("14d") Duration stallAfter,
        @DefaultValue("3d") Duration coachReminderAfter, @DefaultValue("4") int goalOriginalPostWeeks,
        @DefaultValue("6") int goalWeeks, @DefaultValue("40") int goalSliAtLeast) {

    public CoachingProperties {
        if (practicePeriod.isNegative() || practicePeriod.toHours() < 2) {
            throw new IllegalArgumentException("A practice period lasts at least two hours, got " + practicePeriod);
        }
        // fail at start-up, not in the middle of a programme
        goals(goalOriginalPostWeeks, goalWeeks, goalSliAtLeast);
    }

    /** The practice goal: every one of these must be met. */
    public List<ActivityGoal> goal() {
        return goals(goalOriginalPostWeeks, goalWeeks, goalSliAtLeast);
    }

    private static List<ActivityGoal> goals(int postWeeks, int weeks, int sli) {
        return List.of(ActivityGoal.originalPostWeeks(postWeeks, weeks), ActivityGoal.sliAtLeast(sli));
    }
}
