package dev.podium.rollout;

import java.time.Instant;

/**
 * A wave with its objective and plan.
 *
 * @param members how many people the wave reaches: fixed at launch, counted from the plan before
 * @param membersLaunched how many of them the launch has enrolled so far (all of them once it is finished)
 * @param launchFinished whether every member has been enrolled (false before the launch)
 */
public record WaveDetails(long id, String name, String objective, WaveState state, WavePlan plan, long members,
        Instant launchedAt, long membersLaunched, boolean launchFinished, long version) {
}
