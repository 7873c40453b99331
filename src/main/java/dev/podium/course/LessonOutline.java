package dev.podium.course;

/** One lesson in a course's outline. */
public record LessonOutline(String id, String title, int minutes, boolean hasQuiz, java.util.List<PracticeTask> practice) {
}
