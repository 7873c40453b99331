/**
 * Learners' progress through courses: enrolment (published as {@link dev.podium.learning.CourseEnrolled}), lessons marked complete, quiz attempts with their retry rules,
 * practice tasks completed by submission or by evidence other modules report. Progress is computed at once on every
 * step and published as {@link dev.podium.learning.LessonCompleted}, {@link dev.podium.learning.QuizPassed},
 * {@link dev.podium.learning.PracticeTaskCompleted} and {@link dev.podium.learning.CourseCompleted}.
 */
package dev.podium.learning;
