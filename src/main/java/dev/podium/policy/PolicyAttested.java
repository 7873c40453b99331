package dev.podium.policy;

import dev.podium.shared.EmployeeId;
import java.time.Instant;

/** An employee attested a version of a policy (for example {@code social-media-guidelines}). */
public record PolicyAttested(EmployeeId employee, String policyId, String policyVersion, Instant attestedAt) {
}
