package dev.podium.learning;

/** A completed course as recorded for a learner: the version (content hash) completed, when, and the average of their best quiz scores. */
public record CourseCompletion(dev.podium.shared.CourseId courseId, String contentHash, java.time.Instant completedAt,
        Integer averageQuizPercent) {
}
