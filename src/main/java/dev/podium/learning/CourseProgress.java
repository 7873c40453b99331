package dev.podium.learning;

/**
 * A learner's progress in one course, computed from what they did against the course as it is now; {@code dueDate}
 * when the course was assigned with one.
 */
public record CourseProgress(dev.podium.shared.CourseId courseId, String title, java.time.Instant enrolledAt, int percent, int doneUnits, int totalUnits, java.util.Set<String> completedLessons, java.util.Map<String, QuizStatus> quizzes, java.util.Map<String, TaskState> tasks, boolean completed, java.time.Instant completedAt, NextStep next, java.util.List<String> removedLessonsWithProgress, java.time.LocalDate dueDate) {
}
