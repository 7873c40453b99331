package dev.podium.learning;

/**
 * A completed course as recorded for a learner: the version (content hash) completed, the completion rule met then
 * ({@code lessons-and-quizzes} or {@code lessons-quizzes-and-tasks}), when, and the average of their best quiz
 * scores.
 */
public record CourseCompletion(dev.podium.shared.CourseId courseId, String contentHash, String completionRule,
        java.time.Instant completedAt, Integer averageQuizPercent) {
}
