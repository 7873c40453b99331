package dev.podium.coaching;

import java.time.Instant;
import java.util.Set;

/**
 * The signed-in employee's current (or last) programme.
 *
 * @param milestones what is done, also before the programme started
 * @param goalMet whether the activity goal was met in the current practice period
 * @param goal what the practice period asks for
 * @param voiceTopicsChosen whether the employee has chosen voice topics (they still agree them with the coach)
 */
public record MyProgramme(long programmeId, Stage stage, String coachName, Instant startedAt,
        Set<Milestone> milestones, boolean topicsAgreed, boolean goalMet, PracticeGoal goal,
        boolean voiceTopicsChosen) {
}
