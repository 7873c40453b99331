package dev.podium.learning;

/** One of the learner's own practice submissions, as their portfolio shows it. */
public record PortfolioEntry(dev.podium.shared.CourseId courseId, String courseTitle, String lessonId, String taskId,
        String taskTitle, String submission, java.time.Instant completedAt, java.time.Instant updatedAt) {
}
