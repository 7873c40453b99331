/**
 * Certificates: issued on course and coaching-programme completion or by HR, as a PDF with a verification code and
 * QR code, verifiable on a public page and as an Open Badges 3.0 credential; they expire and are renewed by evidence
 * of practice. Publishes {@link dev.podium.certificate.CertificateIssued} and
 * {@link dev.podium.certificate.CertificateRevoked}.
 */
@ApplicationModule(allowedDependencies = {
        "activity", "coaching", "course", "learning", "notification", "people", "shared"})
@NullMarked
package dev.podium.certificate;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
