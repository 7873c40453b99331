package dev.podium.course;

/** A scored quiz: percent of questions answered right, against the pass mark. */
public record QuizScore(int percent, int passMark, boolean passed, java.util.List<QuestionResult> questions) {
}
