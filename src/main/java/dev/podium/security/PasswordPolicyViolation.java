package dev.podium.security;

/** A new password does not meet the policy; the message key says why, in words a person understands. */
public class PasswordPolicyViolation extends RuntimeException {

    private final String messageKey;

    public PasswordPolicyViolation(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
