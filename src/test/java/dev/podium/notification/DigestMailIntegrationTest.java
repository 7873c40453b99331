package dev.podium.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import dev.podium.AsHr;
import dev.podium.MutableClock;
import dev.podium.PodiumSpringTest;
import dev.podium.SignIn;
import dev.podium.people.EmployeeDraft;
import dev.podium.people.EmployeeService;
import dev.podium.shared.Role;
import dev.podium.shared.SystemUser;
import dev.podium.shared.EmployeeId;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The e-mail digest against a real SMTP server (GreenMail on the port the test configuration names). */
@PodiumSpringTest
class DigestMailIntegrationTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(new ServerSetup(39025, "localhost", "smtp"));

    @Autowired
    NotificationService notifications;
    @Autowired
    EmployeeService employees;
    @Autowired
    UserDetailsService users;
    @Autowired
    MutableClock clock;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void signOutAndResetClock() {
        SignIn.out();
        clock.reset();
    }

    @Test
    void each_person_gets_one_digest_per_period_in_their_language_even_when_the_job_runs_twice() throws Exception {
        String email = "dina." + tag + "@digest.podium.test";
        EmployeeId dina = person("Dina", email, Locale.forLanguageTag("da"));
        SystemUser.run(() -> {
            notifications.notify(dina, "coaching.notification.stalled", List.of(), "coaching", null);
            notifications.notify(dina, "audit.notification.approved", List.of("42"), "audit", null);
        });

        int first = SystemUser.call(notifications::sendDigests);
        SystemUser.run(() -> notifications.notify(dina, "coaching.notification.coach-step", List.of("Ole"), null,
                null));
        SystemUser.call(notifications::sendDigests);

        List<MimeMessage> mails = mailsTo(email);
        assertThat(first).isGreaterThanOrEqualTo(1);
        assertThat(mails).as("one digest within the period, however often the job runs").hasSize(1);
        String body = (String) mails.getFirst().getContent();
        assertThat(mails.getFirst().getSubject()).isEqualTo("Podium: 2 nye beskeder");
        assertThat(body).contains("Din profilgennemgang er godkendt med 42 point.");
        assertThat(body).doesNotContain("Ole");

        // the next period brings the notification that waited, and only that one
        clock.advance(Duration.ofDays(1).plusMinutes(1));
        SystemUser.call(notifications::sendDigests);
        List<MimeMessage> later = mailsTo(email);
        assertThat(later).hasSize(2);
        assertThat((String) later.get(1).getContent()).contains("Ole").doesNotContain("42 point");
    }

    @Test
    void a_person_who_opted_out_gets_only_mandatory_notices() throws Exception {
        String email = "otto." + tag + "@digest.podium.test";
        EmployeeId otto = person("Otto", email, Locale.ENGLISH);
        SignIn.as(users, email);
        assertThat(notifications.myEmailDigest()).as("on by default").isTrue();
        notifications.chooseEmailDigest(false);
        assertThat(notifications.myEmailDigest()).isFalse();
        SignIn.out();

        SystemUser.run(() -> notifications.notify(otto, "coaching.notification.stalled", List.of(), null, null));
        SystemUser.call(notifications::sendDigests);
        assertThat(mailsTo(email)).as("opted out").isEmpty();

        SystemUser.run(() -> notifications.notify(otto, "policy.notification.attestation-due", List.of("Guidelines"),
                "policies", null));
        SystemUser.call(notifications::sendDigests);
        List<MimeMessage> mails = mailsTo(email);
        assertThat(mails).hasSize(1);
        assertThat((String) mails.getFirst().getContent()).contains("Guidelines")
                .doesNotContain("has not moved");
    }

    @Test
    void what_the_person_already_read_in_the_app_is_not_mailed() throws Exception {
        String email = "rita." + tag + "@digest.podium.test";
        EmployeeId rita = person("Rita", email, Locale.ENGLISH);
        SystemUser.run(() -> notifications.notify(rita, "coaching.notification.stalled", List.of(), null, null));
        SignIn.as(users, email);
        notifications.markAllRead();
        SignIn.out();

        SystemUser.call(notifications::sendDigests);

        assertThat(mailsTo(email)).isEmpty();
    }

    private List<MimeMessage> mailsTo(String email) throws Exception {
        List<MimeMessage> mine = new java.util.ArrayList<>();
        for (MimeMessage message : SMTP.getReceivedMessages()) {
            if (Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .anyMatch(a -> a.toString().equalsIgnoreCase(email))) {
                mine.add(message);
            }
        }
        return mine;
    }

    private EmployeeId person(String name, String email, Locale language) {
        return AsHr.call(() -> employees.register(new EmployeeDraft(name, "Digest", email, null, null, "DK",
                null, EnumSet.of(Role.EMPLOYEE), language)));
    }
}
