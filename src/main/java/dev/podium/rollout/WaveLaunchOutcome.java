package dev.podium.rollout;

/**
 * What a launch's run did (a resumed launch counts only what it did itself).
 *
 * @param enrolments new enrolments created (existing ones only gained the due date)
 * @param programmesFailed coaching programmes that could not be started for an unexpected reason (logged)
 */
public record WaveLaunchOutcome(long waveId, long membersDone, long enrolments, int programmesStarted,
        int programmesFailed) {
}
