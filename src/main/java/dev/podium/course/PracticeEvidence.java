package dev.podium.course;

import java.util.Arrays;
import java.util.Optional;

/**
 * What completes a practice task other than the learner's own submission: evidence another module reports.
 * The identifiers are what course authors write after {@code evidence:}.
 */
public enum PracticeEvidence {
    /** At least one own original post imported. */
    ORIGINAL_POST("original-post", TaskCompletion.ACTIVITY),
    /** At least three substantive comments imported. */
    SUBSTANTIVE_COMMENTS("substantive-comments", TaskCompletion.ACTIVITY),
    /** Three to five voice topics chosen. */
    VOICE_TOPICS("voice-topics", TaskCompletion.ACTIVITY),
    /** Original posts in at least four of the last six weeks. */
    CONSISTENT_WEEKS("consistent-weeks", TaskCompletion.ACTIVITY),
    AUDIT_SUBMITTED("audit-submitted", TaskCompletion.AUDIT),
    AUDIT_APPROVED("audit-approved", TaskCompletion.AUDIT),
    POLICY_ATTESTED("policy-attested", TaskCompletion.ATTESTATION);

    private final String id;
    private final TaskCompletion completion;

    PracticeEvidence(String id, TaskCompletion completion) {
        this.id = id;
        this.completion = completion;
    }

    public String id() {
        return id;
    }

    public TaskCompletion completion() {
        return completion;
    }

    public static Optional<PracticeEvidence> byId(String id) {
        return Arrays.stream(values()).filter(evidence -> evidence.id.equals(id)).findFirst();
    }
}
