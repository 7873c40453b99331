package dev.podium.drafts;

import java.util.List;

/** A request breaks a rule of the draft workspace; the message key (with its arguments) says which, for the person. */
public class DraftRuleViolation extends RuntimeException {

    private final String messageKey;
    private final List<Object> arguments;

    public DraftRuleViolation(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
