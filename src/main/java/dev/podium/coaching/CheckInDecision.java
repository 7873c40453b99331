package dev.podium.coaching;

/** What the coach decides at the final check-in. */
public enum CheckInDecision {
    COMPLETE,
    /** Another practice period follows. */
    EXTEND
}
