/**
 * Learners' progress through courses: enrolment by the learner (published as
 * {@link dev.podium.learning.CourseEnrolled}) or assignment to many with a due date ({@link dev.podium.learning.CourseAssigned}), lessons marked complete, quiz attempts with their retry rules, practice
 * tasks completed by submission or by evidence other modules report. Progress is computed at once on every step and
 * published as {@link dev.podium.learning.LessonCompleted}, {@link dev.podium.learning.QuizPassed},
 * {@link dev.podium.learning.PracticeTaskCompleted} and {@link dev.podium.learning.CourseCompleted}. Listens to
 * {@code ActivityImported}, {@code VoiceTopicsChosen}, {@code ProfileAuditSubmitted}, {@code ProfileAuditApproved} and
 * {@code PolicyAttested} (practice tasks completed by evidence; evidence from before an enrolment is asked for on
 * enrolling, one by one or a rollout page at a time); tells the rollout how a group of people is getting on
 * ({@code countsOf}, {@code notStarted}); nudges stalled learners and
 * learners with courses due soon or overdue through {@code notification}.
 */
@ApplicationModule(allowedDependencies = {"activity", "audit", "course", "notification", "policy", "shared"})
@NullMarked
package dev.podium.learning;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
