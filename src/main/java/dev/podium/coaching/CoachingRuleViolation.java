package dev.podium.coaching;

/** A request breaks a rule of the programme; the message key says which, for the person. */
public class CoachingRuleViolation extends RuntimeException {

    private final String messageKey;

    public CoachingRuleViolation(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
