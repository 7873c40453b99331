/**
 * Guideline and policy texts as versioned files, and employees' attestations of them: append-only records of who
 * attested which version (with the SHA-256 of the exact text shown), when and in which role. Publishes
 * {@link dev.podium.policy.PolicyAttested}.
 */
package dev.podium.policy;
