/**
 * Guideline and policy texts as versioned files, and employees' attestations of them: append-only records of who
 * attested which version (with the SHA-256 of the exact text shown), when and in which role. Publishes
 * {@link dev.podium.policy.PolicyAttested}; reports {@code policy-attested} practice evidence to learning on attesting, and
 * on {@code CourseEnrolled} and {@code CourseAssigned} for someone who attested the current version before enrolling.
 */
package dev.podium.policy;
