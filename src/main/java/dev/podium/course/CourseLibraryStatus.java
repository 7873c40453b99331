package dev.podium.course;

import dev.podium.content.ContentProblem;
/** What the last reading of the course folders found: the published courses, the course folders held back and every problem. */
public record CourseLibraryStatus(java.time.Instant loadedAt, java.util.List<CourseSummary> published, java.util.List<String> unpublished, java.util.List<ContentProblem> problems) {
}
