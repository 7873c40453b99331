package dev.podium.course;

import java.util.Arrays;
import java.util.Optional;

/** How a practice task is completed. */
public enum TaskCompletion {
    /** The learner submits their own text, kept in their portfolio. */
    SUBMISSION("submission"),
    /** Evidence from imported posting activity. */
    ACTIVITY("activity"),
    /** Evidence from a profile audit. */
    AUDIT("audit"),
    /** Evidence from a policy attestation. */
    ATTESTATION("attestation");

    private final String id;

    TaskCompletion(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<TaskCompletion> byId(String id) {
        return Arrays.stream(values()).filter(kind -> kind.id.equals(id)).findFirst();
    }
}
