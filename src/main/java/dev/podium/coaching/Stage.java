package dev.podium.coaching;

/** Where a coaching programme stands, in the order a participant goes through it. */
public enum Stage {
    /** Waiting for the guidelines course and the policy attestation (in any order). */
    GUIDELINES,
    /** Waiting for an approved profile audit. */
    PROFILE_AUDIT,
    /** The coach agrees the participant's voice topics with them. */
    VOICE_TOPICS,
    /** Posting in one's own voice; the activity goal is checked on every import. */
    PRACTICE,
    /** The coach holds the final check-in and completes or extends the programme. */
    FINAL_CHECK_IN,
    COMPLETED,
    /** Ended without completion (the participant left). */
    CANCELLED;

    public boolean open() {
        return this != COMPLETED && this != CANCELLED;
    }
}
