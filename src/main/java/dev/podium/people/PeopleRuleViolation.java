package dev.podium.people;

/** HR's input breaks a rule of the organisation's data; the message key says which, for the person. */
public class PeopleRuleViolation extends RuntimeException {

    private final String messageKey;
    private final String field;
    private final Object[] arguments;

    public PeopleRuleViolation(String field, String messageKey, Object... arguments) {
        super(field + ": " + messageKey + (arguments.length == 0 ? "" : " " + java.util.Arrays.toString(arguments)));
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    /** The values the message names (a line number, a limit), in the order of its placeholders. */
    public Object[] arguments() {
        return arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    /** The form field the problem belongs to. */
    public String field() {
        return field;
    }
}
