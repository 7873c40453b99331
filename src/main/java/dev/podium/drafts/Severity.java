package dev.podium.drafts;

/** How much a finding of the pre-flight check asks for attention; none of them blocks anything. */
public enum Severity {
    /** Done well; said so the person knows what to keep. */
    GOOD,
    /** Worth a look before posting. */
    ADVICE,
    /** Likely to break a rule of the guidelines or a platform limit. */
    CAUTION
}
