package dev.podium.policy;

/** An attestation the rules do not allow; the key explains it to the person. */
public class PolicyRuleViolation extends RuntimeException {

    private final String messageKey;

    public PolicyRuleViolation(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
