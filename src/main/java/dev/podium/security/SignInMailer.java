package dev.podium.security;

import com.vaadin.flow.i18n.I18NProvider;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.Instant;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/** Invitation and password-reset mails, in the person's language, through the application's Spring Mail set-up. */
@Component
class SignInMailer {

    private final ObjectProvider<JavaMailSender> mailSender;
    private final I18NProvider texts;
    private final SignInLinkProperties properties;
    private final SingleSignOnProperties sso;

    SignInMailer(ObjectProvider<JavaMailSender> mailSender, I18NProvider texts, SignInLinkProperties properties,
            SingleSignOnProperties sso) {
        this.mailSender = mailSender;
        this.texts = texts;
        this.properties = properties;
        this.sso = sso;
    }

    boolean available() {
        return mailSender.getIfAvailable() != null;
    }

    /**
     * An invitation: with single sign-on on, a link to the sign-in page (the identity provider knows the person);
     * otherwise the one-time link to choose a password.
     */
    void sendInvitation(UserAccount account, String token, Instant expiresAt) {
        Locale language = account.locale();
        String body;
        if (token == null) {
            body = texts.getTranslation("links.mail.invitation.sso-body", language, account.displayName(),
                    sso.displayName(), properties.link("login"));
        } else {
            body = texts.getTranslation("links.mail.invitation.body", language, account.displayName(),
                    properties.link(SignInLinkService.LINK_ROUTE + "/" + token), date(expiresAt, language),
                    account.username());
        }
        send(account.username(), texts.getTranslation("links.mail.invitation.subject", language), body);
    }

    void sendReset(UserAccount account, String token, Instant expiresAt) {
        Locale language = account.locale();
        String body = texts.getTranslation("links.mail.reset.body", language, account.displayName(),
                properties.link(SignInLinkService.LINK_ROUTE + "/" + token), date(expiresAt, language));
        send(account.username(), texts.getTranslation("links.mail.reset.subject", language), body);
    }

    private void send(String to, String subject, String body) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            throw new MailNotConfigured();
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(properties.mailFrom());
        message.setTo(to);
        message.setSubject(subject);
        message.setText(body);
        sender.send(message);
    }

    private static String date(Instant instant, Locale language) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(language)
                .withZone(ZoneOffset.UTC).format(instant) + " UTC";
    }
}
