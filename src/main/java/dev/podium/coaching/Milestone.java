package dev.podium.coaching;

/** Something a participant achieves outside the programme that the programme waits for. */
public enum Milestone {
    /** The course {@code social-media-guidelines} was completed. */
    GUIDELINES_COURSE,
    /** The policy {@code social-media-guidelines} was attested. */
    POLICY_ATTESTED,
    /** A coach approved the participant's profile audit. */
    PROFILE_AUDIT_APPROVED
}
