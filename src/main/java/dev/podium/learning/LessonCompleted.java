package dev.podium.learning;

/** A learner marked a lesson complete (published once per lesson and learner). */
public record LessonCompleted(dev.podium.shared.EmployeeId employee, dev.podium.shared.CourseId course, String lessonId, java.time.Instant completedAt) {
}
