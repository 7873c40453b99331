package dev.podium.learning;

/** How a group of people are getting on with a set of courses: each person counted once. */
public record LearnerCounts(long notStarted, long inProgress, long completed) {
}
