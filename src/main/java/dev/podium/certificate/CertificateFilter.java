package dev.podium.certificate;

/**
 * HR's filter on the certificate list; every part is optional.
 *
 * @param text part of the employee's name or the achievement's title
 * @param status only certificates in this state today
 */
public record CertificateFilter(String text, CertificateStatus status) {

    public static CertificateFilter none() {
        return new CertificateFilter(null, null);
    }
}
