package dev.podium.coaching;

/** The steps a coach takes in a programme. */
public enum CoachTaskKind {
    AGREE_TOPICS,
    MIDPOINT_CHECK_IN,
    FINAL_CHECK_IN
}
