package dev.podium.certificate;

import java.time.Duration;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Certificate settings, {@code podium.certificate.*}.
 *
 * @param validity how long a certificate is valid from its issue day (e.g. {@code P24M}); zero: it never expires
 * @param renewalWindow how many days before expiry renewal is offered (or a redo suggested)
 * @param practiceActiveWeeks renewal by evidence: active weeks needed in the index window (12 weeks by default)
 * @param practiceOriginality renewal by evidence: the originality pillar score needed (0–25)
 * @param publicUrl the address people reach Podium at; the QR code and the verify link point below it (empty: not
 *     configured, see {@link PublicAddress})
 * @param issuerName the issuer printed on certificates and named in Open Badges credentials
 * @param verifyLimit requests one client may make to the public verify page per {@code verifyWindow}
 * @param verifyWindow the rate limit's fixed window
 * @param renewalCron when the daily renewal check runs (server time); {@code -} switches it off
 * @param keystore optional PKCS#12 file holding the Ed25519 signing key (with its certificate) under
 *     {@code keyAlias}; without it the key is generated on first start and kept in the database
 * @param issuerKeySecret the secret (at least 32 characters) the private key kept in the database is encrypted with
 *     (AES-256-GCM); without it, and without a keystore, Podium refuses to start
 */
@ConfigurationProperties("podium.certificate")
public record CertificateProperties(
        @DefaultValue("P24M") Period validity,
        @DefaultValue("60") int renewalWindow,
        @DefaultValue("8") int practiceActiveWeeks,
        @DefaultValue("15") int practiceOriginality,
        @DefaultValue("") String publicUrl,
        @DefaultValue("Podium Academy") String issuerName,
        @DefaultValue("30") int verifyLimit,
        @DefaultValue("1m") Duration verifyWindow,
        String keystore,
        String keystorePassword,
        @DefaultValue("podium-issuer") String keyAlias,
        @DefaultValue("0 15 3 * * *") String renewalCron,
        String issuerKeySecret) {

    public CertificateProperties {
        publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        if (renewalWindow < 0 || verifyLimit < 1 || verifyWindow.isNegative() || verifyWindow.isZero()) {
            throw new IllegalArgumentException("podium.certificate: renewal window >= 0, verify limit >= 1 and a"
                    + " positive verify window are needed");
        }
    }
}
