package dev.podium.certificate;

import dev.podium.shared.EmployeeId;
import java.time.Instant;

/** HR revoked a certificate (with a reason kept on the certificate). */
public record CertificateRevoked(EmployeeId employee, long certificateId, Instant revokedAt) {
}
