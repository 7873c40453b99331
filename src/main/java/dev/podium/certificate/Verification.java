package dev.podium.certificate;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the public verify page may tell about a code: the holder's name, the achievement, the dates and the state,
 * nothing else. Malformed codes are looked up like well-formed ones, so both take the same path and time.
 */
@Component
class Verification {

    /** A code's answer; empty for a code nobody holds. */
    record Result(CertificateStatus status, String employeeName, String achievementTitle, LocalDate issuedOn,
            LocalDate expiresOn) {
    }

    private static final String NEVER_ISSUED = "0".repeat(VerificationCodes.LENGTH);

    private final CertificateRepository certificates;
    private final Clock clock;

    Verification(CertificateRepository certificates, Clock clock) {
        this.certificates = certificates;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<Result> lookUp(String code) {
        String candidate = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
        // a malformed code still costs one indexed lookup (of a code that is never issued)
        Optional<Certificate> found = certificates.findByVerificationCode(
                VerificationCodes.wellFormed(candidate) ? candidate : NEVER_ISSUED);
        LocalDate today = clock.instant().atZone(ZoneOffset.UTC).toLocalDate();
        return found.map(certificate -> new Result(certificate.status(today), certificate.employeeName(),
                certificate.achievementTitle(), certificate.issuedAt().atZone(ZoneOffset.UTC).toLocalDate(),
                certificate.expiresOn()));
    }
}
