package dev.podium.reporting;

/** A reporting request that is not allowed or not understood; {@code messageKey} is a translation key. */
public class ReportingRuleViolation extends RuntimeException {

    private final String messageKey;

    public ReportingRuleViolation(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
