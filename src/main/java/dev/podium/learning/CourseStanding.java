package dev.podium.learning;

/**
 * Where a person stands in a course they are enrolled in, for records other modules keep (an attestation): the
 * version (content hash) they completed or, while in progress, the version they take now, and the average of their
 * best quiz scores so far (null before any quiz).
 */
public record CourseStanding(dev.podium.shared.CourseId courseId, String contentHash, boolean completed,
        Integer averageQuizPercent) {
}
