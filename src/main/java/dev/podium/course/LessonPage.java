package dev.podium.course;

/** A lesson ready to show: sanitised HTML and where it sits in the course (position counts from 1). */
public record LessonPage(dev.podium.shared.CourseId courseId, LessonOutline lesson, String safeHtml, int position, int count, String previousLessonId, String nextLessonId) {
}
