package dev.podium.course;

/**
 * Something real a lesson asks the learner to do. {@code evidence} is null for {@link TaskCompletion#SUBMISSION};
 * {@code length} is null when a submission may have any length (up to the general maximum).
 */
public record PracticeTask(String id, String title, String instructions, TaskCompletion completion,
        PracticeEvidence evidence, boolean required, SubmissionLength length) {
}
