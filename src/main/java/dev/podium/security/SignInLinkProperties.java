package dev.podium.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code podium.security.links.*}: invitations and forgotten-password links.
 *
 * @param invitationExpiryDays how many days an invitation link works
 * @param resetExpiryDays how many days a password-reset link works
 * @param resetLimitPerAddress reset requests one e-mail address may receive per {@code resetWindow}
 * @param resetLimitPerClient reset requests one client (IP address) may make per {@code resetWindow}
 * @param resetWindow the window both limits count in
 * @param baseUrl the address people reach Podium at, for the links in the mails
 * @param mailFrom the sender of the mails
 */
@ConfigurationProperties("podium.security.links")
public record SignInLinkProperties(
        @DefaultValue("7") int invitationExpiryDays,
        @DefaultValue("1") int resetExpiryDays,
        @DefaultValue("3") int resetLimitPerAddress,
        @DefaultValue("10") int resetLimitPerClient,
        @DefaultValue("1h") Duration resetWindow,
        @DefaultValue("http://localhost:8080") String baseUrl,
        @DefaultValue("podium@localhost") String mailFrom) {

    public SignInLinkProperties {
        if (invitationExpiryDays < 1 || resetExpiryDays < 1) {
            throw new IllegalArgumentException("podium.security.links.*-expiry-days must be at least 1");
        }
    }

    String link(String path) {
        return (baseUrl.endsWith("/") ? baseUrl : baseUrl + "/") + path;
    }
}
