package dev.podium.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Download;
import dev.podium.AsHr;
import dev.podium.PodiumSpringTest;
import dev.podium.browser.TestPeople.Person;
import dev.podium.learning.CourseEnrolled;
import dev.podium.people.DepartmentSummary;
import dev.podium.people.EmployeeDraft;
import dev.podium.people.EmployeeService;
import dev.podium.shared.Role;
import dev.podium.shared.CourseId;
import dev.podium.shared.EmployeeId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;

/**
 * HR opens the programme dashboard (the chart component renders with data), filters to a department, drills down
 * to the named list and downloads it as CSV with a hostile name neutralised; a line manager sees My team.
 */
@PodiumSpringTest
class ReportingJourneyIT {

    private static final CourseId COURSE = CourseId.of("journey-basics");
    private static final String HOSTILE = "=HYPERLINK(\"https://evil.example\",\"x\")";

    @RegisterExtension
    static final Browsers browsers = new Browsers();

    @Autowired
    ApplicationContext context;
    @Autowired
    EmployeeService employees;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    Clock clock;

    @Test
    void hr_filters_the_dashboard_drills_down_and_downloads_the_list() throws IOException {
        String departmentName = "Journey reporting " + TestPeople.uniqueSuffix();
        DepartmentSummary department = AsHr.call(() -> employees.ensureDepartment(departmentName, "DK"));
        for (int i = 0; i < 6; i++) {
            // a hostile first name: the exported full name starts with it
            String first = i == 0 ? HOSTILE : "Dora";
            String last = "Sixpack" + i;
            EmployeeId id = AsHr.call(() -> employees.register(new EmployeeDraft(first, last,
                    TestPeople.uniqueEmail("dora"), null, department.id(), "DK", null, EnumSet.of(Role.EMPLOYEE),
                    Locale.ENGLISH)));
            events.publishEvent(new CourseEnrolled(id, COURSE, id, null, clock.instant()));
            if (i < 2) {
                // two completed: "fewer than 5", so no names behind it
                events.publishEvent(new dev.podium.learning.CourseCompleted(id, COURSE, "1", "hash", true, 90,
                        clock.instant()));
            }
        }
        Person hr = new TestPeople(context).create("Hilde", Set.of(Role.EMPLOYEE, Role.HR_ADMIN), Locale.ENGLISH);
        BrowserSession browser = browsers.open().login(hr.email(), hr.password()).open("dashboard");

        assertThat(browser.page().locator("#funnel h3")).hasText("Programme funnel");
        assertThat(browser.page().locator("#funnel podium-chart canvas")).hasCount(1);
        BrowserSession.eventually(java.time.Duration.ofSeconds(10), "the funnel chart has data",
                () -> ((Number) browser.page().locator("#funnel podium-chart")
                        .evaluate("chart => chart.pointCount")).intValue() == 5);
        // every chart counts people: its value axis ticks in whole people (Chart.js draws tenths for small counts)
        org.assertj.core.api.Assertions.assertThat((Boolean) browser.page().evaluate("() => { const charts = [...document.querySelectorAll("
                + "'podium-chart')].filter(element => element.chart); return charts.length > 1 && charts.every("
                + "element => { const scales = element.chart.scales;"
                + " const axis = scales.y.type === 'category' ? scales.x : scales.y;"
                + " return axis.ticks.length > 0 && axis.ticks.every(tick => Number.isInteger(tick.value)); }); }"))
                .as("whole-people ticks").isTrue();

        browser.choose("#filter-department", departmentName);
        assertThat(browser.page().locator("#funnel p").first()).hasText("6 active people in this selection.");
        assertThat(browser.visibleCells("#funnel-table", "Enrolled in a course")).hasCount(1);
        assertThat(browser.page().locator("#drill-courses_completed")).hasCount(0);
        assertThat(browser.visibleCells("#funnel-table", "not shown").first()).isVisible();
        assertThat(browser.page().locator("#group-scores-table")).isVisible();

        browser.page().locator("#drill-assigned").click();
        assertThat(browser.page().locator("#drill-down h3")).hasText("People who reached: Enrolled in a course");
        browser.assertGridSize("#drill-grid", 6);
        assertThat(browser.page().locator("#drill-down")).not().containsText("heat pump");

        Download download = browser.page().waitForDownload(() -> browser.page().locator("#export-csv").click());
        String csv = Files.readString(download.path(), StandardCharsets.UTF_8);
        assertTrue(csv.contains("'" + HOSTILE.replace("\"", "\"\"")), csv);
        assertEquals(7, csv.strip().lines().count(), "a header and six people");
        assertTrue(csv.contains(departmentName), csv);
    }

    @Test
    void a_line_manager_sees_the_team_s_courses_and_due_dates_but_not_the_dashboard() {
        TestPeople people = new TestPeople(context);
        Person manager = people.create("Magnus", Set.of(Role.EMPLOYEE, Role.LINE_MANAGER), Locale.ENGLISH);
        LocalDate due = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(21);
        EmployeeId report = AsHr.call(() -> employees.register(new EmployeeDraft("Rosa", "Teamwork",
                TestPeople.uniqueEmail("rosa"), "Designer", null, "DK", manager.id(), EnumSet.of(Role.EMPLOYEE),
                Locale.ENGLISH)));
        events.publishEvent(new CourseEnrolled(report, COURSE, manager.id(), due, clock.instant()));

        BrowserSession browser = browsers.open().login(manager.email(), manager.password()).open("team");
        assertThat(browser.visibleCells("#team-grid", "Rosa Teamwork")).hasCount(1);
        assertThat(browser.visibleCells("#team-grid", due.toString())).hasCount(1);
        browser.visibleCells("#team-grid", "Rosa Teamwork").click();
        assertThat(browser.visibleCells("#team-courses", "Assigned")).hasCount(1);
        assertThat(browser.visibleCells("#team-courses", "Not started")).hasCount(1);

        browser.open("dashboard");
        assertThat(browser.page().locator("#not-found")).hasText("Page not available");
    }

    @Test
    void the_exports_of_a_danish_hr_administrator_have_danish_headers_and_words_rather_than_raw_values()
            throws IOException {
        String departmentName = "Journey eksport " + TestPeople.uniqueSuffix();
        DepartmentSummary department = AsHr.call(() -> employees.ensureDepartment(departmentName, "DK"));
        for (int i = 0; i < 5; i++) {
            String last = "Eksport" + i;
            EmployeeId id = AsHr.call(() -> employees.register(new EmployeeDraft("Dorte", last,
                    TestPeople.uniqueEmail("dorte"), null, department.id(), "DK", null, EnumSet.of(Role.EMPLOYEE),
                    Locale.ENGLISH)));
            events.publishEvent(new CourseEnrolled(id, COURSE, id, null, clock.instant()));
        }
        Person hr = new TestPeople(context).create("Hanne", Set.of(Role.EMPLOYEE, Role.HR_ADMIN),
                dev.podium.shared.Languages.DANISH);
        BrowserSession browser = browsers.open().login(hr.email(), hr.password()).open("dashboard");
        browser.choose("#filter-department", departmentName);

        Download figures = browser.page().waitForDownload(() -> browser.page().locator("#export-figures-csv")
                .click());
        String header = Files.readString(figures.path(), StandardCharsets.UTF_8).lines().findFirst().orElseThrow();
        assertEquals("\uFEFF\"Afsnit\",\"Gruppe\",\"Personer\",\"Ud af\"", header);

        browser.page().locator("#drill-assigned").click();
        browser.assertGridSize("#drill-grid", 5);
        Download people = browser.page().waitForDownload(() -> browser.page().locator("#export-csv").click());
        String csv = Files.readString(people.path(), StandardCharsets.UTF_8);
        assertTrue(csv.contains("\"Profilgennemgang godkendt\""), csv);
        assertTrue(csv.contains("\"Nej\""), csv);
        assertFalse(csv.contains("false"), csv);
    }
}
