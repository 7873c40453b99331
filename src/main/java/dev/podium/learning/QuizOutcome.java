package dev.podium.learning;

/** The result of submitting a quiz: the score with explanations, the attempts so far, and the course progress. */
public record QuizOutcome(dev.podium.course.QuizScore score, QuizStatus status, CourseProgress progress) {
}
