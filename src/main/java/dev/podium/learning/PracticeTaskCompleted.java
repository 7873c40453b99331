package dev.podium.learning;

/** A practice task was completed, by the learner's submission or by evidence another module reported. */
public record PracticeTaskCompleted(dev.podium.shared.EmployeeId employee, dev.podium.shared.CourseId course, String taskId, dev.podium.course.TaskCompletion completedBy, java.time.Instant completedAt) {
}
