package dev.podium.course;

/** A course's structure: lessons in order with their quizzes and practice tasks, and lessons removed in earlier edits. */
public record CourseOutline(CourseSummary summary, CompletionRule completion, int passMark, java.util.List<LessonOutline> lessons, java.util.List<String> removedLessonIds, String contentHash) {
}
