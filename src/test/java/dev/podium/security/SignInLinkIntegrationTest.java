package dev.podium.security;

import dev.podium.shared.Role;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import dev.podium.AsHr;
import dev.podium.PodiumSpringTest;
import dev.podium.people.EmployeeDraft;
import dev.podium.people.EmployeeService;
import dev.podium.people.HrisFile;
import dev.podium.people.HrisImportService;
import dev.podium.people.HrisMapping;
import dev.podium.shared.EmployeeId;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The rules of one-time links and reset requests, against the real database and a real SMTP server. */
@PodiumSpringTest
class SignInLinkIntegrationTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(new ServerSetup(39025, "localhost", "smtp"));

    private static final Pattern LINK = Pattern.compile(SignInLinkService.LINK_ROUTE + "/([A-Za-z0-9_-]{43})");

    @Autowired
    SignInLinkService links;
    @Autowired
    EmployeeService employees;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    HrisImportService imports;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void only_the_hash_of_a_token_is_stored_and_a_newer_invitation_replaces_the_older() throws Exception {
        String email = "olga." + tag + "@links.podium.test";
        EmployeeId olga = person("Olga", email);
        AsHr.run(() -> links.invite(List.of(olga)));
        String first = token(lastMailTo(email));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sign_in_link WHERE token_hash = ?", Integer.class,
                first)).as("the token itself is nowhere in the table").isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sign_in_link WHERE token_hash = ?", Integer.class,
                ResetRequestLimit.sha256(first))).isEqualTo(1);

        AsHr.run(() -> links.invite(List.of(olga)));
        String second = token(lastMailTo(email));
        assertThat(links.check(first).state()).isEqualTo(LinkState.SUPERSEDED);
        assertThat(links.check(second).state()).isEqualTo(LinkState.VALID);
        assertThat(links.check(second).email()).isEqualTo(email);
        assertThat(AsHr.call(() -> links.invitations(List.of(olga))).get(olga).invitedAt()).isNotNull();

        links.choosePassword(second, "velvet anchor thistle");
        assertThatThrownBy(() -> links.choosePassword(second, "and this one too"))
                .isInstanceOfSatisfying(LinkRefused.class, r -> assertThat(r.state()).isEqualTo(LinkState.USED));
        assertThat(links.check("x".repeat(43)).state()).isEqualTo(LinkState.UNKNOWN);
        assertThat(links.check(null).state()).isEqualTo(LinkState.UNKNOWN);
    }

    @Test
    void hr_invites_everyone_an_imported_file_lists() throws Exception {
        String first = "ulla." + tag + "@links.podium.test";
        String second = "ole." + tag + "@links.podium.test";
        person("Ulla", first);
        person("Ole", second);
        List<String> headers = List.of("Employee ID", "E-mail", "First name");
        HrisFile file = new HrisFile("export.csv", ',', headers, List.of(
                new HrisFile.Row(2, List.of("A1", first.toUpperCase(Locale.ROOT), "Ulla")),
                new HrisFile.Row(3, List.of("A2", second, "Ole")),
                new HrisFile.Row(4, List.of("A3", "nobody." + tag + "@links.podium.test", "Nobody"))));

        InvitationOutcome outcome = AsHr.call(() -> imports.inviteEveryoneIn(file, HrisMapping.guess(headers)));

        assertThat(outcome.sent()).isEqualTo(2);
        assertThat(outcome.skipped()).isEqualTo(1);
        assertThat(token(lastMailTo(first))).hasSize(43);
        assertThat(token(lastMailTo(second))).hasSize(43);
    }

    @Test
    void one_client_asking_for_many_addresses_is_stopped_by_the_per_client_limit() {
        String client = "203.0.113." + (Math.abs(tag.hashCode()) % 250);
        for (int request = 1; request <= 10; request++) {
            links.requestPasswordReset("someone" + request + "." + tag + "@links.podium.test", client);
        }
        assertThatThrownBy(() -> links.requestPasswordReset("eleventh." + tag + "@links.podium.test", client))
                .isInstanceOf(TooManyRequests.class);
        // another client is not affected
        links.requestPasswordReset("eleventh." + tag + "@links.podium.test", client + "1");
    }

    @Test
    void a_deactivated_person_gets_no_reset_mail_and_the_same_answer() throws Exception {
        String email = "dan." + tag + "@links.podium.test";
        EmployeeId dan = person("Dan", email);
        AsHr.run(() -> employees.deactivate(dan));
        links.requestPasswordReset(email, "198.51.100.7");
        SMTP.waitForIncomingEmail(1_000, 1);
        assertThat(mailsTo(email)).isEmpty();
    }

    private EmployeeId person(String firstName, String email) {
        return AsHr.call(() -> employees.register(new EmployeeDraft(firstName, "Link", email, null, null, "DK",
                null, Set.of(Role.EMPLOYEE), Locale.ENGLISH)));
    }

    private static List<MimeMessage> mailsTo(String email) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().equals(email));
            } catch (Exception e) {
                return false;
            }
        }).toList();
    }

    private static String lastMailTo(String email) throws Exception {
        List<MimeMessage> mails = mailsTo(email);
        assertThat(mails).as("mail to " + email).isNotEmpty();
        return (String) mails.getLast().getContent();
    }

    private static String token(String body) {
        Matcher matcher = LINK.matcher(body);
        assertThat(matcher.find()).as("a link in " + body).isTrue();
        return matcher.group(1);
    }
}
