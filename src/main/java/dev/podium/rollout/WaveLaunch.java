package dev.podium.rollout;

import java.util.concurrent.CompletableFuture;

/**
 * A wave just launched: its members are fixed; their enrolment runs on.
 *
 * @param finished completes when this node has enrolled every member (fails if the launch stopped; it is then resumed
 *        later, see {@link WaveService#launch})
 */
public record WaveLaunch(long members, CompletableFuture<WaveLaunchOutcome> finished) {
}
