package dev.podium.drafts;

/** A draft's thread with the coach: open while either may comment, closed by either. */
public enum ShareState {
    OPEN, CLOSED
}
