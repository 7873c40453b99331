package dev.podium.certificate;

import dev.podium.shared.EmployeeId;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A certificate was issued: on completing a course or the coaching programme, by HR, or as a renewal.
 *
 * @param achievementId what it certifies: a course id, or {@code coaching-programme}
 * @param supersedes the certificate this one renews (null for a first certificate)
 * @param expiresOn the last day it is valid (null: it does not expire)
 */
public record CertificateIssued(EmployeeId employee, long certificateId, String achievementId, Long supersedes,
        Instant issuedAt, LocalDate expiresOn) {
}
