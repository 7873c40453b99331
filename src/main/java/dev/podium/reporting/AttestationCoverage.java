package dev.podium.reporting;

/**
 * How many active people in the selection attested a policy's current version; null counts are not shown.
 */
public record AttestationCoverage(String policyId, String currentVersion, Long population, Long attested) {
}
