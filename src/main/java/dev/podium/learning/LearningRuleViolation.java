package dev.podium.learning;

/** A learner's step the rules do not allow; the message key explains it to the person. */
public class LearningRuleViolation extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public LearningRuleViolation(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
