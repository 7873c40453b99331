package dev.podium.learning;

/** A learner met the course's completion rule (published once); {@code certificate} says whether the course issues one. */
public record CourseCompleted(dev.podium.shared.EmployeeId employee, dev.podium.shared.CourseId course, String versionLabel, String contentHash, boolean certificate, Integer averageQuizPercent, java.time.Instant completedAt) {
}
