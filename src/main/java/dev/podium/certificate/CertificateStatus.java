package dev.podium.certificate;

/** A certificate's state on a given day, computed from its marks and its expiry date. */
public enum CertificateStatus {
    VALID,
    EXPIRED,
    REVOKED,
    /** Renewed: a newer certificate took its place (the old one stays in the history). */
    SUPERSEDED
}
