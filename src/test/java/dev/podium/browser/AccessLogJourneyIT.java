package dev.podium.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import dev.podium.PodiumSpringTest;
import dev.podium.browser.TestPeople.Person;
import dev.podium.shared.Languages;
import dev.podium.shared.Role;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * An HR administrator opens the employee list, then finds that look in the HR audit log by filtering on themself,
 * narrows it by action, exports it, and sees the export logged as well. Others do not get the page.
 */
@PodiumSpringTest
class AccessLogJourneyIT {

    @RegisterExtension
    static final Browsers browsers = new Browsers();

    @Autowired
    ApplicationContext context;

    @Test
    void hr_finds_their_own_look_at_the_employee_list_filters_and_exports_the_log() throws Exception {
        Person hr = new TestPeople(context).create("Astrid", Set.of(Role.HR_ADMIN, Role.EMPLOYEE), Languages.ENGLISH);
        BrowserSession browser = browsers.open().login(hr.email(), hr.password());

        browser.open("access-log");
        browser.fill("#access-log-actor", hr.email());
        browser.assertGridSize("#access-log-grid", 0);

        browser.open("employees");
        assertThat(browser.page().locator("#employee-grid")).isVisible();
        browser.waitForVaadin();
        browser.open("access-log");
        assertThat(browser.page().locator("h2")).hasText("HR audit log");
        browser.fill("#access-log-actor", hr.email());
        BrowserSession.eventually(java.time.Duration.ofSeconds(10), "the look at the employee list is logged",
                () -> browser.gridSize("#access-log-grid") > 0);
        assertThat(browser.visibleCells("#access-log-grid", "Opened a list of people").first()).isVisible();
        assertThat(browser.visibleCells("#access-log-grid", "Employee list").first()).isVisible();

        browser.fill("#access-log-person", "999999999");
        browser.assertGridSize("#access-log-grid", 0);
        browser.fill("#access-log-person", "");
        BrowserSession.eventually(java.time.Duration.ofSeconds(10), "the person filter is cleared",
                () -> browser.gridSize("#access-log-grid") > 0);

        Download download = browser.page().waitForDownload(() -> browser.page().locator("#access-log-export").click());
        String csv = Files.readString(download.path(), StandardCharsets.UTF_8);
        assertThat(csv).contains("\"Opened a list of people\"", "\"" + hr.email() + "\"");

        browser.choose("#access-log-action", "Exported");
        browser.assertGridSize("#access-log-grid", 1);
        assertThat(browser.visibleCells("#access-log-grid", "HR audit log as CSV").first()).isVisible();
    }

    @Test
    void a_coach_or_line_manager_does_not_get_the_page() {
        Person coach = new TestPeople(context).create("Carsten", Set.of(Role.COACH, Role.LINE_MANAGER, Role.EMPLOYEE),
                Languages.ENGLISH);
        BrowserSession browser = browsers.open().login(coach.email(), coach.password());

        browser.open("access-log");
        assertThat(browser.page().locator("#not-found")).isVisible();
        assertThat(browser.page().locator("#access-log-grid")).hasCount(0);
    }
}
