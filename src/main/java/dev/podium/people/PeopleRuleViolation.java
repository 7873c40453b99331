package dev.podium.people;

/** HR's input breaks a rule of the organisation's data; the message key says which, for the person. */
public class PeopleRuleViolation extends RuntimeException {

    private final String messageKey;
    private final String field;

    public PeopleRuleViolation(String field, String messageKey) {
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
