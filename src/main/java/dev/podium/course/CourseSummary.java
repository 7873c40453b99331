package dev.podium.course;

/** What the catalogue shows of a course, in the language it is shown in. */
public record CourseSummary(dev.podium.shared.CourseId id, String title, String summary, String audience, java.util.List<String> topics, int estimatedMinutes, int lessonCount, boolean selfEnrolment, boolean certificate, String versionLabel, java.util.Locale language) {
}
