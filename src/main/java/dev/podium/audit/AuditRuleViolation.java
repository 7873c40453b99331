package dev.podium.audit;

/** A request the audit rules refuse; the message key says why in the person's language. */
public class AuditRuleViolation extends RuntimeException {

    private final String messageKey;

    public AuditRuleViolation(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
