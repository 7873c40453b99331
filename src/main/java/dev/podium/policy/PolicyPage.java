package dev.podium.policy;

import java.util.List;
import java.util.Locale;

/**
 * A policy as the signed-in person reads it: the current version's sanitised HTML in their language, the SHA-256
 * of that exact text (sent back when attesting) and their own attestations, newest first.
 */
public record PolicyPage(String policyId, String title, String version, Locale language, String safeHtml,
        String textSha256, List<Attestation> myAttestations, boolean attestationDue) {
}
