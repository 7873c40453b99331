package dev.podium.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.options.AriaRole;
import dev.podium.AsHr;
import dev.podium.PodiumSpringTest;
import dev.podium.browser.TestPeople.Person;
import dev.podium.people.EmployeeFilter;
import dev.podium.people.EmployeeService;
import dev.podium.shared.Role;
import dev.podium.shared.Languages;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.Pageable;

/**
 * HR's register: a new colleague is entered, given a password and signs in; deactivated, they are signed out at
 * their next request and cannot sign in again. The HR administrator is a fresh one who works in English.
 */
@PodiumSpringTest
class EmployeeAdminJourneyIT {

    private static final String GRID = "#employee-grid";

    @RegisterExtension
    static final Browsers browsers = new Browsers();

    @Autowired
    EmployeeService employees;
    @Autowired
    ApplicationContext context;

    Person hrAdmin;

    @BeforeEach
    void freshHrAdministrator() {
        hrAdmin = new TestPeople(context).create("Hedda", Set.of(Role.HR_ADMIN, Role.EMPLOYEE), Languages.ENGLISH);
    }

    @Test
    void hr_registers_a_colleague_who_signs_in_until_hr_deactivates_them() {
        BrowserSession hr = openEmployeeList();
        String lastName = "Admin" + TestPeople.uniqueSuffix();
        String fullName = "Nora " + lastName;
        String email = TestPeople.uniqueEmail("nora");
        String password = "starts-today-" + TestPeople.uniqueSuffix();

        hr.page().locator("#employee-new").click();
        hr.fill("#employee-first-name", "Nora");
        hr.fill("#employee-last-name", lastName);
        hr.fill("#employee-email", email);
        hr.choose("#employee-country", "(DK)");
        hr.check("#employee-roles", "Coach");
        hr.page().locator("#employee-save").click();

        assertThat(hr.notification(fullName + " saved.")).isVisible();
        assertThat(hr.page().locator("#employee-first-name")).hasCount(0);
        hr.fill("#employee-search", email);
        hr.assertGridSize(GRID, 1);
        assertThat(hr.visibleCells(GRID, fullName)).hasCount(1);
        assertThat(hr.visibleCells(GRID, "DK")).hasCount(1);
        assertThat(hr.visibleCells(GRID, "Employee, Coach")).hasCount(1);
        assertThat(hr.visibleCells(GRID, "No password")).hasCount(1);

        // a new person has an account but cannot sign in until HR gives them a password
        hr.visibleCells(GRID, email).click();
        Locator state = hr.page().locator("#account-state");
        assertThat(state).hasText("No password yet: set one so this person can sign in.");
        hr.fill("#employee-password", password);
        hr.page().getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Set password")).click();
        assertThat(hr.notification("New password saved for " + fullName)).isVisible();
        assertThat(state).hasText("Has a password");

        // a password HR handed out must be replaced first: nothing else opens until Nora has chosen her own
        BrowserSession nora = browsers.open().login(email, password);
        assertThat(nora.page().locator("#password-change-required")).isVisible();
        nora.open("");
        assertThat(nora.page().locator("#password-change-required")).isVisible();
        assertThat(nora.greeting()).hasCount(0);
        String own = "her-own-choice-" + TestPeople.uniqueSuffix();
        nora.fill("#current-password", password);
        nora.fill("#new-password", own);
        nora.fill("#repeat-password", own);
        nora.page().locator("#change-password").click();
        // she is told it worked and stays signed in; everything opens now
        assertThat(nora.notification("Password changed. You stay signed in")).isVisible();
        password = own;
        assertThat(nora.greeting()).hasText("Welcome, " + fullName);
        assertThat(nora.page().getByText("Coaching", new Page.GetByTextOptions().setExact(true))).isVisible();

        hr.page().locator("#employee-deactivate").click();
        assertThat(hr.notification(fullName + " is deactivated")).isVisible();
        // the list shows current employees: she has left it
        hr.assertGridSize(GRID, 0);

        Duration took = untilOnLoginPage(nora, Duration.ofSeconds(10));
        System.out.println("Deactivated session ended after " + took.toMillis() + " ms of clicking");
        nora.assertOnLoginPage();

        nora.login(email, password);
        // the same answer as a wrong password: the login page does not tell strangers who has left
        assertThat(nora.page()).hasURL(Pattern.compile("/login\\?error$"));
        assertThat(nora.loginError()).containsText("Could not sign you in");
    }

    @Test
    void a_taken_e_mail_address_is_refused_plainly_and_nothing_is_saved() {
        Person existing = new TestPeople(context).create("Erik", Set.of(Role.EMPLOYEE), Languages.ENGLISH);
        BrowserSession hr = openEmployeeList();
        String lastName = "Twin" + TestPeople.uniqueSuffix();

        hr.page().locator("#employee-new").click();
        hr.fill("#employee-first-name", "Tove");
        hr.fill("#employee-last-name", lastName);
        // addresses are compared without regard to case
        hr.fill("#employee-email", existing.email().toUpperCase(Locale.ROOT));
        hr.choose("#employee-country", "(DK)");
        hr.page().locator("#employee-save").click();

        String message = "Someone else already has this e-mail address.";
        assertThat(hr.notification(message)).isVisible();
        Locator emailField = hr.page().locator("#employee-email");
        assertThat(emailField).hasAttribute("invalid", "");
        assertThat(emailField.locator("[slot=error-message]")).hasText(message);
        // the dialog stays open with what HR typed, so it can be corrected
        assertThat(hr.page().locator("#employee-last-name input")).hasValue(lastName);

        assertTrue(AsHr.call(() -> employees.search(new EmployeeFilter(lastName, null, null),
                Pageable.unpaged())).isEmpty(), "no one was saved");
        assertEquals(1, AsHr.call(() -> employees.search(new EmployeeFilter(existing.email(), null, null),
                Pageable.unpaged())).size(), "the existing person is still the only one with that address");
    }

    @Test
    void an_invalid_e_mail_address_gets_a_message_on_the_field_and_nothing_is_saved() {
        BrowserSession hr = openEmployeeList();
        String lastName = "Typo" + TestPeople.uniqueSuffix();

        hr.page().locator("#employee-new").click();
        hr.fill("#employee-first-name", "Tilde");
        hr.fill("#employee-last-name", lastName);
        hr.fill("#employee-email", "tilde-at-example");
        hr.choose("#employee-country", "(DK)");
        hr.page().locator("#employee-save").click();

        Locator emailField = hr.page().locator("#employee-email");
        assertThat(emailField).hasAttribute("invalid", "");
        assertThat(emailField.locator("[slot=error-message]")).hasText("That is not a valid e-mail address.");
        assertTrue(AsHr.call(() -> employees.search(new EmployeeFilter(lastName, null, null),
                Pageable.unpaged())).isEmpty(), "no one was saved");
    }

    private BrowserSession openEmployeeList() {
        BrowserSession hr = browsers.open().login(hrAdmin.email(), hrAdmin.password());
        hr.navItems().filter(new Locator.FilterOptions().setHasText("Employees")).click();
        assertThat(hr.page().locator(GRID)).isVisible();
        assertEquals("employees", hr.route());
        return hr;
    }

    /**
     * Keeps using the app (switching between two pages) until it lands on the login page. A session is
     * re-checked at most once per {@code podium.security.session-check-interval} (1 s in tests), so the first
     * click may still pass; one of the next ones must not.
     */
    private static Duration untilOnLoginPage(BrowserSession browser, Duration limit) {
        long start = System.nanoTime();
        long deadline = start + limit.toNanos();
        String[] routes = {"account", ""};
        for (int click = 0; !browser.route().equals("login"); click++) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Still signed in " + limit.toSeconds() + " s after deactivation, on "
                        + browser.page().url());
            }
            try {
                browser.page().locator("#main-nav vaadin-side-nav-item[path='" + routes[click % 2] + "']")
                        .click(new Locator.ClickOptions().setTimeout(2_000));
                browser.page().waitForURL(Pattern.compile("/login"), new Page.WaitForURLOptions().setTimeout(1_500));
            } catch (PlaywrightException notYet) {
                // still signed in, or the page is just being replaced by the login page
            }
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
