package dev.podium.people;

import java.time.Instant;

/**
 * A wave with its objective and plan.
 *
 * @param members how many people the wave reaches: fixed at launch, counted from the plan before
 */
public record WaveDetails(long id, String name, String objective, WaveState state, WavePlan plan, long members,
        Instant launchedAt, long version) {
}
