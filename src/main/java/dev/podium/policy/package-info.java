/**
 * Guideline and policy texts as versioned files, and employees' attestations of them: append-only records of who
 * attested which version (with the SHA-256 of the exact text shown), when and in which role, and where they stood in
 * the policy's course (asked through {@link dev.podium.policy.CourseAtSigningSource}). Publishes
 * {@link dev.podium.policy.PolicyAttested}, from which learning completes the course's attestation task; reads its
 * texts with {@code content}'s kit.
 */
@ApplicationModule(allowedDependencies = {"content", "people", "shared"})
@NullMarked
package dev.podium.policy;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
