package dev.podium.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import dev.podium.AsHr;
import dev.podium.PodiumSpringTest;
import dev.podium.browser.TestPeople.Person;
import dev.podium.people.EmployeeService;
import dev.podium.shared.Role;
import dev.podium.shared.Languages;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Issue 14 in a real browser: unknown addresses and unknown ids get Podium's own "Page not available", a
 * deactivated person's idle tab leaves for the login page by itself, and the content security policy lets every
 * page work (the browser would report what it blocks).
 */
@PodiumSpringTest
class SecurityJourneyIT {

    @RegisterExtension
    static final Browsers browsers = new Browsers();

    @Autowired
    ApplicationContext context;
    @Autowired
    EmployeeService employees;

    @Test
    void a_signed_in_person_typing_an_unknown_address_sees_page_not_available() {
        Person person = new TestPeople(context).create("Una", Set.of(Role.EMPLOYEE), Languages.ENGLISH);
        BrowserSession browser = browsers.open().login(person.email(), person.password());

        for (String address : List.of("no-such-page", "Voice")) {
            var response = browser.page().navigate(browser.page().url().replaceFirst("/[^/]*$", "/") + address);
            assertThat(response.status()).as(address).isNotEqualTo(403);
            browser.waitForVaadin();
            assertThat(browser.page().locator("#not-found")).hasText("Page not available");
        }
    }

    @Test
    void an_unknown_or_malformed_wave_id_shows_page_not_available_not_the_exception() {
        Person hr = new TestPeople(context).create("Wilma", Set.of(Role.HR_ADMIN, Role.EMPLOYEE), Languages.ENGLISH);
        BrowserSession browser = browsers.open().login(hr.email(), hr.password());

        for (String route : List.of("waves/999999999", "waves/99999999999999999999", "waves/abc")) {
            browser.open(route);
            assertThat(browser.page().locator("#not-found")).hasText("Page not available");
            assertThat(browser.page().locator("body")).not().containsText("Exception");
            assertThat(browser.page().locator("body")).not().containsText("wave.error.unknown");
        }
    }

    @Test
    void a_deactivated_persons_idle_tab_goes_to_the_login_page_by_itself() {
        Person person = new TestPeople(context).create("Ivo", Set.of(Role.EMPLOYEE), Languages.ENGLISH);
        BrowserSession browser = browsers.open().login(person.email(), person.password());
        assertThat(browser.greeting()).isVisible();

        AsHr.run(() -> employees.deactivate(person.id()));

        // no click, no typing: the heartbeat finds the session ended and the tab reloads into the login page
        browser.page().waitForURL(Pattern.compile("/login"), new Page.WaitForURLOptions().setTimeout(90_000));
        browser.waitForVaadin();
        browser.assertOnLoginPage();
    }

    @Test
    void pages_work_under_the_content_security_policy() {
        Person hr = new TestPeople(context).create("Cora", Set.of(Role.HR_ADMIN, Role.EMPLOYEE), Languages.ENGLISH);
        BrowserSession browser = browsers.open();
        List<String> violations = new CopyOnWriteArrayList<>();
        browser.page().onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy") || message.text().contains("Refused to")) {
                violations.add(message.text());
            }
        });
        browser.login(hr.email(), hr.password());
        for (String route : List.of("", "employees", "dashboard", "waves", "activity/import", "voice",
                "certificates", "certificates/manage", "courses", "course-library", "access-log")) {
            browser.open(route);
            assertThat(browser.page().locator("#not-found")).hasCount(0);
        }
        assertThat(violations).isEmpty();
    }
}
