package dev.podium.learning;

/** A learner's attempts at one quiz: {@code attemptsLeft} null when unlimited, {@code nextAttemptAt} null when they may try now. */
public record QuizStatus(String lessonId, int attempts, Integer bestPercent, boolean passed, Integer attemptsLeft, java.time.Instant nextAttemptAt) {
}
