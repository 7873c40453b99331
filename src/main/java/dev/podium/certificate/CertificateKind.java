package dev.podium.certificate;

/** What a certificate was issued for. */
public enum CertificateKind {
    /** Completing a course that certifies. */
    COURSE,
    /** Completing the coaching programme. */
    COACHING_PROGRAMME,
    /** Issued by HR by hand, with a reason. */
    MANUAL
}
