package dev.podium.security;

/** No SMTP server is configured ({@code spring.mail.host}), so no invitation can be sent. */
public class MailNotConfigured extends RuntimeException {

    public MailNotConfigured() {
        super("E-mail is not configured: set spring.mail.host");
    }
}
