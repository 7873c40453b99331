package dev.podium.learning;

/** Where one practice task stands for the learner; {@code submission} is their own text, shown to them only. */
public record TaskState(String taskId, boolean completed, dev.podium.course.TaskCompletion completedBy, String submission, java.time.Instant completedAt) {
}
