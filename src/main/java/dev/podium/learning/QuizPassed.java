package dev.podium.learning;

/** A learner passed a lesson's quiz for the first time. */
public record QuizPassed(dev.podium.shared.EmployeeId employee, dev.podium.shared.CourseId course, String lessonId, int percent, int passMark, java.time.Instant passedAt) {
}
