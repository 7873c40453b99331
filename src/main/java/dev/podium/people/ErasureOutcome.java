package dev.podium.people;

/** What became of HR's erasure request. */
public enum ErasureOutcome {
    /** The person's personal data is gone. */
    ERASED,
    /** A second HR administrator must approve it first ({@code podium.privacy.erasure.second-approval}). */
    PENDING
}
