package dev.podium.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import dev.podium.AsHr;
import dev.podium.PodiumSpringTest;
import dev.podium.browser.TestPeople.Person;
import dev.podium.people.EmployeeDraft;
import dev.podium.people.EmployeeService;
import dev.podium.shared.Role;
import dev.podium.shared.EmployeeId;
import dev.podium.shared.Languages;
import java.time.Duration;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Two sign-in defects found while trying day one: the forced change of a handed-out password now says it worked
 * and keeps the person signed in, and a session that ends shows Podium's own message in the person's language
 * instead of Vaadin's English banner.
 */
@PodiumSpringTest
class SignInDefectsJourneyIT {

    @RegisterExtension
    static final Browsers browsers = new Browsers();

    @Autowired
    ApplicationContext context;
    @Autowired
    EmployeeService employees;

    TestPeople people;

    @BeforeEach
    void people() {
        people = new TestPeople(context);
    }

    @Test
    void after_the_forced_password_change_the_person_is_told_and_stays_signed_in() {
        String email = TestPeople.uniqueEmail("frida");
        String lastName = "First" + TestPeople.uniqueSuffix();
        EmployeeId id = AsHr.call(() -> employees.register(new EmployeeDraft("Frida", lastName, email, null,
                null, "DK", null, Set.of(Role.EMPLOYEE), Languages.ENGLISH)));
        AsHr.run(() -> employees.setPassword(id, "harbour-signal-7731"));

        BrowserSession browser = browsers.open().login(email, "harbour-signal-7731");
        // the account page is shown in place of home until she has chosen her own password
        assertThat(browser.page().locator("#password-change-required")).isVisible();
        browser.fill("#current-password", "harbour-signal-7731");
        browser.fill("#new-password", "juniper socket meadow");
        browser.fill("#repeat-password", "juniper socket meadow");
        browser.page().locator("#change-password").click();

        assertThat(browser.notification("Password changed. You stay signed in")).isVisible();
        assertThat(browser.greeting()).hasText("Welcome, Frida " + lastName);
        assertEquals("", browser.route());
        // still signed in on the next page load, and nothing sends her back to the account page
        browser.expectNewPage(() -> browser.page().reload());
        assertThat(browser.greeting()).hasText("Welcome, Frida " + lastName);
        browser.open("learning");
        assertEquals("learning", browser.route());
    }

    @Test
    void when_the_session_ends_the_page_says_so_in_the_persons_language() {
        Person person = people.create("Søs", Set.of(Role.EMPLOYEE), Languages.DANISH);
        BrowserSession browser = browsers.open().login(person.email(), person.password());
        assertThat(browser.greeting()).hasText("Velkommen, " + person.fullName());

        // HR gives her a new password: her open session ends at a request after the next session check
        AsHr.run(() -> employees.setPassword(person.id(), "new-from-hr-" + TestPeople.uniqueSuffix()));
        String[] routes = {"learning", ""};
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        for (int click = 0; !browser.route().equals("login"); click++) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Still signed in after the session ended, on " + browser.page().url());
            }
            try {
                browser.page().locator("#main-nav vaadin-side-nav-item[path='" + routes[click % 2] + "']")
                        .click(new Locator.ClickOptions().setTimeout(2_000));
                browser.page().waitForURL(Pattern.compile("/login"), new Page.WaitForURLOptions().setTimeout(1_500));
            } catch (PlaywrightException notYet) {
                // still signed in: the node checks the account at most once per session-check interval
            }
        }
        browser.waitForVaadin();
        // Podium's own words, in Danish although the browser asks for English, and no Vaadin banner
        assertThat(browser.page().locator("#login-notice")).hasText("Din session er slut — log ind igen.");
        assertThat(browser.page().locator(".v-system-error")).hasCount(0);
        assertThat(browser.loginForm()).isVisible();
    }
}
