package dev.podium.notification;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code podium.notification.*}. E-mail goes out only when {@code spring.mail.host} is set.
 *
 * @param digestPeriod each person gets at most one e-mail digest per period
 * @param digestCron when the digest job looks for people due a digest ({@code -} switches it off)
 * @param baseUrl the address of Podium as people reach it, for the links in e-mails
 * @param mailFrom the sender of the e-mails
 * @param mandatoryKeys notifications sent by e-mail even to people who opted out of the digest: compliance notices
 *        the organisation must deliver (a policy attestation falling due)
 */
@ConfigurationProperties("podium.notification")
public record NotificationProperties(@DefaultValue("P1D") Duration digestPeriod,
        @DefaultValue("0 */15 * * * *") String digestCron, @DefaultValue("http://localhost:8080") String baseUrl,
        @DefaultValue("podium@localhost") String mailFrom,
        @DefaultValue("policy.notification.attestation-due") List<String> mandatoryKeys) {
}
