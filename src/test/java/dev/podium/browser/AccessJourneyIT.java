package dev.podium.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.podium.PodiumSpringTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Who may open which view, whatever they type into the address bar. */
@PodiumSpringTest
class AccessJourneyIT {

    private static final String DEMO_PASSWORD = "podium-demo";

    @RegisterExtension
    static final Browsers browsers = new Browsers();

    @Test
    void an_employee_who_types_the_hr_address_gets_no_employee_list() {
        BrowserSession browser = browsers.open().login("employee@podium.local", DEMO_PASSWORD);
        assertThat(browser.greeting()).hasText("Welcome, Emma Jensen");

        browser.open("employees");

        // a view the person may not open looks like one that does not exist: no list, no hint it exists
        assertEquals("employees", browser.route());
        assertThat(browser.page().locator("#not-found")).hasText("Page not available");
        assertEquals(List.of("", "learning", "coaching", "certificates", "courses", "voice", "activity/import", "audit", "drafts",
                "account"),
                browser.navRoutes());
        assertThat(browser.page().locator("#employee-grid")).hasCount(0);
        assertThat(browser.page().locator("#employee-new")).hasCount(0);
        assertThat(browser.page().locator("body")).not().containsText("@podium.local");

        // the line manager's view is closed to them too, while their own pages still open
        browser.open("team");
        assertThat(browser.page().locator("#not-found")).hasText("Page not available");
        assertThat(browser.page().locator("#team-grid")).hasCount(0);
        browser.open("account");
        assertThat(browser.page().locator("#change-password")).isVisible();
    }

    @Test
    void an_anonymous_visitor_of_the_employee_list_signs_in_first_and_is_then_taken_there() {
        BrowserSession browser = browsers.open().open("employees");

        browser.assertOnLoginPage();
        assertThat(browser.page().locator("#employee-grid")).hasCount(0);

        browser.login("hr@podium.local", DEMO_PASSWORD);

        assertEquals("employees", browser.route(), "after the login the saved request is resumed");
        assertThat(browser.page().locator("#employee-grid")).isVisible();
        browser.fill("#employee-search", "employee@podium.local");
        browser.assertGridSize("#employee-grid", 1);
        assertThat(browser.visibleCells("#employee-grid", "Emma Jensen")).hasCount(1);
    }

    @Test
    void an_anonymous_visitor_of_the_home_page_signs_in_first() {
        BrowserSession browser = browsers.open().open("");

        browser.assertOnLoginPage();
        assertThat(browser.greeting()).hasCount(0);
        assertThat(browser.navItems()).hasCount(0);
    }
}
