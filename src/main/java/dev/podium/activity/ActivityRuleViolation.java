package dev.podium.activity;

import java.util.Arrays;

/**
 * The person's input breaks a rule of the activity module (voice topics, upload size, an upload that is gone);
 * the message key and arguments say which, for the person, in their language.
 */
public class ActivityRuleViolation extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final Object[] arguments;

    public ActivityRuleViolation(String field, String messageKey, Object... arguments) {
        super(field + ": " + messageKey + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    /** The input the problem belongs to, e.g. {@code topics}, {@code topic.2.label} or {@code upload}. */
    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    /** MessageFormat arguments of the message key. */
    public Object[] arguments() {
        return arguments.clone();
    }
}
