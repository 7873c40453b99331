package dev.podium.learning;

/** Where one person stands with a set of courses (a wave's): the per-person form of {@link LearnerCounts}. */
public enum LearnerState {
    NOT_STARTED, IN_PROGRESS, COMPLETED
}
