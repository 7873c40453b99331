package dev.podium.course;

/**
 * Something real a lesson asks the learner to do. {@code evidence} is null for {@link TaskCompletion#SUBMISSION}.
 */
public record PracticeTask(String id, String title, String instructions, TaskCompletion completion,
        PracticeEvidence evidence, boolean required) {
}
