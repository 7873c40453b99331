package dev.podium.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import dev.podium.AsHr;
import dev.podium.MutableClock;
import dev.podium.PodiumSpringTest;
import dev.podium.people.EmployeeDraft;
import dev.podium.people.EmployeeService;
import dev.podium.shared.Role;
import dev.podium.security.SignInLinkService;
import dev.podium.shared.EmployeeId;
import dev.podium.shared.Languages;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Day-one sign-in without handed-out passwords: HR invites a person, who gets a real mail (GreenMail) in their
 * language and chooses a password through its link in Chromium; a forgotten password is reset the same way; and
 * links that can no longer work (used, expired, for a deactivated person) say so plainly.
 */
@PodiumSpringTest
class SignInLinkJourneyIT {

    private static final String DEMO_PASSWORD = "podium-demo";
    private static final Pattern LINK = Pattern.compile(SignInLinkService.LINK_ROUTE + "/([A-Za-z0-9_-]{43})");

    @RegisterExtension
    static final Browsers browsers = new Browsers();

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(new ServerSetup(39025, "localhost", "smtp"));

    @Autowired
    EmployeeService employees;
    @Autowired
    MutableClock clock;
    @Autowired
    SignInLinkService links;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void hr_invites_a_new_colleague_who_chooses_a_password_through_the_mailed_link_and_signs_in() throws Exception {
        String email = TestPeople.uniqueEmail("ida");
        String lastName = "Invited" + TestPeople.uniqueSuffix();
        register("Ida", lastName, email, Languages.DANISH);

        // HR (Danish) finds her in the register: never invited, never signed in; sends the invitation from her dialog
        BrowserSession hr = browsers.open().login("hr@podium.local", DEMO_PASSWORD).open("employees");
        hr.fill("#employee-search", email);
        hr.assertGridSize("#employee-grid", 1);
        hr.visibleCells("#employee-grid", email).click();
        hr.page().locator("#employee-invite").click();
        assertThat(hr.notification("Invitationer sendt: 1.")).isVisible();

        // the mail is in her language and carries the one-time link
        MimeMessage mail = mailTo(email);
        assertEquals("Du er inviteret til Podium", mail.getSubject());
        String body = (String) mail.getContent();
        assertThat(body).contains("Hej Ida " + lastName).contains("Du logger ind med din e-mailadresse " + email);
        String token = token(body);

        BrowserSession ida = browsers.open().open(SignInLinkService.LINK_ROUTE + "/" + token);
        assertThat(ida.page().locator("#link-person")).containsText(email);
        ida.fill("#link-password", "too short");
        ida.fill("#link-repeat", "too short");
        ida.page().locator("#link-save").click();
        assertThat(ida.page().locator("#link-password")).containsText("too short: use at least 10 characters");
        ida.fill("#link-password", "quartz lantern meadow");
        ida.fill("#link-repeat", "quartz lantern meadow");
        ida.page().locator("#link-save").click();
        ida.page().waitForURL(Pattern.compile(".*/login\\?password-set.*"));
        ida.waitForVaadin();
        assertThat(ida.page().locator("#login-notice")).hasText("Your password is saved. Sign in with it now.");
        ida.login(email, "quartz lantern meadow");
        assertThat(ida.greeting()).containsText("Ida " + lastName);

        // the link worked once
        BrowserSession again = browsers.open().open(SignInLinkService.LINK_ROUTE + "/" + token);
        assertThat(again.page().locator("#link-refused")).hasAttribute("data-state", "USED");
        assertThat(again.page().locator("#link-refused")).hasText("This link has been used already");

        // HR sees that she was invited and has signed in
        hr.open("employees");
        hr.fill("#employee-search", email);
        hr.assertGridSize("#employee-grid", 1);
        assertThat(hr.visibleCells("#employee-grid", "Ja")).hasCount(1);
    }

    @Test
    void a_forgotten_password_is_reset_by_mail_with_the_same_answer_for_unknown_addresses() throws Exception {
        String email = TestPeople.uniqueEmail("frank");
        register("Frank", "Forgot" + TestPeople.uniqueSuffix(), email, Languages.ENGLISH);

        BrowserSession browser = browsers.open().open("login");
        browser.page().locator("vaadin-login-form vaadin-button[slot=forgot-password]").click();
        browser.page().waitForURL(Pattern.compile(".*/forgot-password$"));
        browser.waitForVaadin();
        assertEquals("forgot-password", browser.route());
        String unknown = TestPeople.uniqueEmail("nobody");
        browser.fill("#forgot-email", unknown);
        browser.page().locator("#forgot-send").click();
        String unknownAnswer = browser.page().locator("#forgot-answer").innerText();
        browser.fill("#forgot-email", email);
        browser.page().locator("#forgot-send").click();
        assertThat(browser.page().locator("#forgot-answer")).containsText(email);
        String knownAnswer = browser.page().locator("#forgot-answer").innerText();
        assertEquals(unknownAnswer.replace(unknown, "ADDRESS"), knownAnswer.replace(email, "ADDRESS"),
                "no hint whether an account exists");

        MimeMessage mail = mailTo(email);
        assertEquals("Choose a new Podium password", mail.getSubject());
        browser.open(SignInLinkService.LINK_ROUTE + "/" + token((String) mail.getContent()));
        assertThat(browser.page().locator("h1")).hasText("Choose a new password");
        browser.fill("#link-password", "copper falcon drizzle");
        browser.fill("#link-repeat", "copper falcon drizzle");
        browser.page().locator("#link-save").click();
        browser.page().waitForURL(Pattern.compile(".*/login\\?password-set.*"));
        browser.login(email, "copper falcon drizzle");
        assertThat(browser.greeting()).containsText("Frank");
        assertThat(mailsTo(unknown)).as("no mail to an unknown address").isEmpty();
    }

    @Test
    void too_many_reset_requests_for_one_address_are_refused_with_a_clear_message() {
        String email = TestPeople.uniqueEmail("tom");
        BrowserSession browser = browsers.open().open("forgot-password");
        browser.fill("#forgot-email", email);
        for (int request = 1; request <= 3; request++) {
            browser.page().locator("#forgot-send").click();
            assertThat(browser.page().locator("#forgot-answer")).hasAttribute("data-state", "sent");
        }
        browser.page().locator("#forgot-send").click();
        assertThat(browser.page().locator("#forgot-answer")).hasAttribute("data-state", "too-many");
        assertThat(browser.page().locator("#forgot-answer")).containsText("Too many requests for a new password");
    }

    @Test
    void an_expired_link_and_a_link_for_a_deactivated_person_say_what_to_do() throws Exception {
        String expiring = TestPeople.uniqueEmail("erik");
        EmployeeId erik = register("Erik", "Expired" + TestPeople.uniqueSuffix(), expiring, Languages.ENGLISH);
        String leaving = TestPeople.uniqueEmail("dora");
        EmployeeId dora = register("Dora", "Deactivated" + TestPeople.uniqueSuffix(), leaving, Languages.ENGLISH);
        AsHr.run(() -> links.invite(List.of(erik, dora)));
        String erikToken = token((String) mailTo(expiring).getContent());
        String doraToken = token((String) mailTo(leaving).getContent());

        AsHr.run(() -> employees.deactivate(dora));
        BrowserSession browser = browsers.open().open(SignInLinkService.LINK_ROUTE + "/" + doraToken);
        assertThat(browser.page().locator("#link-refused")).hasText("This account is no longer active");

        clock.advance(Duration.ofDays(7).plusMinutes(1));
        browser.open(SignInLinkService.LINK_ROUTE + "/" + erikToken);
        assertThat(browser.page().locator("#link-refused")).hasText("This link has expired");
        assertThat(browser.page().locator("#link-new")).isVisible();

        browser.open(SignInLinkService.LINK_ROUTE + "/not-a-real-token");
        assertThat(browser.page().locator("#link-refused")).hasAttribute("data-state", "UNKNOWN");
    }

    private EmployeeId register(String firstName, String lastName, String email, Locale language) {
        return AsHr.call(() -> employees.register(new EmployeeDraft(firstName, lastName, email, null, null, "DK",
                null, Set.of(Role.EMPLOYEE), language)));
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

    /** The newest mail to this address; a reset mail goes out in the background, so it may take a moment. */
    private static MimeMessage mailTo(String email) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < deadline) {
            List<MimeMessage> mails = mailsTo(email);
            if (!mails.isEmpty()) {
                return mails.getLast();
            }
            SMTP.waitForIncomingEmail(500, 1);
        }
        throw new AssertionError("No mail to " + email);
    }

    private static String token(String body) {
        Matcher matcher = LINK.matcher(body);
        assertThat(matcher.find()).as("a one-time link in " + body).isTrue();
        return matcher.group(1);
    }
}
