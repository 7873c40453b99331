package dev.podium.policy;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An attestation as recorded: which version of which policy, the SHA-256 of the exact text shown, the language,
 * the course version and quiz score behind it, the roles and department at signing and when it is due again.
 */
public record Attestation(long id, String policyId, String policyVersion, String textSha256, String locale,
        String courseVersion, Integer quizScore, String rolesAtSigning, String departmentName, Instant attestedAt,
        LocalDate renewalDue) {
}
