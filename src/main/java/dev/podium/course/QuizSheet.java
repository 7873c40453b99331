package dev.podium.course;

/** A quiz as the learner sees it before answering: no correct answers, no explanations. */
public record QuizSheet(String title, int passMark, Integer maxAttempts, int retryAfterMinutes, java.util.List<QuestionSheet> questions) {
}
