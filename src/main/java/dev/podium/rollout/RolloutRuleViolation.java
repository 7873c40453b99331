package dev.podium.rollout;

/** HR's input breaks a rule of the rollout; the message key says which, for the person. */
public class RolloutRuleViolation extends RuntimeException {

    private final String messageKey;
    private final String field;

    public RolloutRuleViolation(String field, String messageKey) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }

    /** The form field the problem belongs to. */
    public String field() {
        return field;
    }
}
