package dev.podium.audit;

/** Whether a person ever submitted a profile audit (not counting cancelled ones) and whether one was approved. */
public record AuditEvidence(boolean submitted, boolean approved) {
}
