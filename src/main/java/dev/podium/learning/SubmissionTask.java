package dev.podium.learning;

import dev.podium.shared.CourseId;

/**
 * A practice task that asks the learner for their own text, in a course they are enrolled in: the drafts module
 * offers these as places to hand a draft in.
 *
 * @param submitted whether the learner has handed in a text already (submitting again revises it)
 */
public record SubmissionTask(CourseId courseId, String courseTitle, String taskId, String taskTitle,
        boolean submitted) {
}
