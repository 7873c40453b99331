package dev.podium.coaching;

/** The configured practice goal, for telling a participant what it takes. */
public record PracticeGoal(int originalPostWeeks, int weeks, int sliAtLeast) {
}
