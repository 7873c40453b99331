package dev.podium.certificate;

import dev.podium.shared.EmployeeId;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A certificate as its holder and HR see it.
 *
 * @param expiresOn the last day it is valid; null when it does not expire
 * @param verifyUrl the public page that confirms it (what the QR code encodes)
 * @param supersedes the certificate this one renewed, if any
 * @param supersededBy the certificate that renewed this one, if any
 * @param issueReason HR's reason for a certificate issued by hand
 * @param revokeReason HR's reason for revoking it
 */
public record IssuedCertificate(long id, EmployeeId employee, String employeeName, CertificateKind kind,
        String achievementId, String achievementTitle, Instant issuedAt, LocalDate expiresOn, String verificationCode,
        String verifyUrl, CertificateStatus status, Long supersedes, Long supersededBy, String issueReason,
        Instant revokedAt, String revokeReason) {
}
