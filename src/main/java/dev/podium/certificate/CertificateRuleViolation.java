package dev.podium.certificate;

/** A certificate request that breaks a rule; {@code messageKey} is a translation key for the person. */
public class CertificateRuleViolation extends RuntimeException {

    private final String messageKey;

    public CertificateRuleViolation(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
