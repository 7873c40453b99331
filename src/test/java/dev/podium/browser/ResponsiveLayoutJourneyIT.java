package dev.podium.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import dev.podium.PodiumSpringTest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Employee pages on a phone (390 × 844) and HR's lists on a laptop (1366 × 768): no page scrolls sideways, the
 * top bar's title stays on one line, a lesson comes before the list of lessons, and every grid shows its columns.
 */
@PodiumSpringTest
class ResponsiveLayoutJourneyIT {

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.security.core.userdetails.UserDetailsService users;
    @org.springframework.beans.factory.annotation.Autowired
    dev.podium.learning.LearningService learning;

    private static final String DEMO_PASSWORD = "podium-demo";
    private static final Path SHOTS = Path.of("target", "layout-screenshots");

    @RegisterExtension
    static final Browsers browsers = new Browsers();

    /** Page width, title height against its line height, and every visible grid column that is cut off. */
    private static final String MEASURE = """
            () => {
              const out = {};
              out.overflow = document.documentElement.scrollWidth - window.innerWidth;
              const h1 = document.querySelector('h1');
              out.titleLines = h1 && h1.textContent.trim() ? Math.round(h1.getBoundingClientRect().height
                  / parseFloat(getComputedStyle(h1).lineHeight)) : 1;
              out.cut = [];
              for (const grid of document.querySelectorAll('vaadin-grid')) {
                const box = grid.getBoundingClientRect();
                if (!box.width) continue;
                if (box.right > window.innerWidth + 1) out.cut.push('#' + grid.id + ' is wider than the screen');
                for (const col of grid.querySelectorAll('vaadin-grid-column, vaadin-grid-sort-column')) {
                  if (col.hidden || !col._headerCell) continue;
                  const cell = col._headerCell.getBoundingClientRect();
                  if (cell.width && cell.right > box.right + 1)
                    out.cut.push('#' + grid.id + ' column "' + (col._headerCell._content?.textContent.trim() || col.path || '?')
                        + '" ends at ' + Math.round(cell.right) + ' of ' + Math.round(box.right));
                }
              }
              return out;
            }""";

    @Test
    void every_employee_page_fits_a_phone_with_its_title_on_one_line() {
        BrowserSession browser = browsers.open();
        browser.page().setViewportSize(390, 844);
        browser.login("employee@podium.local", DEMO_PASSWORD);
        List<String> routes = new ArrayList<>(AccessibilityJourneyIT.matrix().entrySet().stream()
                .filter(e -> e.getValue().get("Employee") && !e.getValue().get("Anonymous"))
                .map(Map.Entry::getKey).filter(route -> !route.contains(":")).toList());
        routes.add("courses/social-leadership");
        List<String> problems = new ArrayList<>();
        for (String route : routes) {
            browser.open(route);
            problems.addAll(measure(browser, route, false));
        }
        assertEquals(List.of(), problems, "layout problems on a phone");
    }

    @Test
    void on_a_phone_a_lesson_comes_before_the_list_of_lessons_and_its_long_title_is_ellipsised() {
        BrowserSession browser = browsers.open();
        browser.page().setViewportSize(390, 844);
        // enrolled before the page opens (enrolling again changes nothing): asking the course page whether it offers
        // "Enrol" could read it before it was drawn, and the lesson then opened for someone not enrolled
        dev.podium.SignIn.run(users, "employee@podium.local", () -> learning.enrol(
                dev.podium.shared.CourseId.of("social-leadership"), java.util.Locale.ENGLISH));
        browser.login("employee@podium.local", DEMO_PASSWORD);
        browser.open("courses/social-leadership/trust-and-mutual-gain");
        assertThat(browser.page().locator("#lesson-title")).isVisible();
        double title = browser.page().locator("#lesson-title").boundingBox().y;
        double list = browser.page().locator("#lesson-nav").boundingBox().y;
        assertTrue(title < list, "the lesson's title (y " + title + ") before the list of lessons (y " + list + ")");
        assertEquals(List.of(), measure(browser, "lesson", false), "layout problems of a lesson on a phone");
        assertEquals("ellipsis", browser.page().locator("h1").evaluate("h1 => getComputedStyle(h1).textOverflow"));
    }

    @Test
    void hr_lists_show_all_their_columns_at_1366_pixels() {
        BrowserSession browser = browsers.open();
        browser.page().setViewportSize(1366, 768);
        browser.login("hr@podium.local", DEMO_PASSWORD);
        List<String> problems = new ArrayList<>();
        for (String route : AccessibilityJourneyIT.matrix().entrySet().stream()
                .filter(e -> e.getValue().get("HR admin") && !e.getValue().get("Employee"))
                .map(Map.Entry::getKey).filter(route -> !route.contains(":")).toList()) {
            browser.open(route);
            problems.addAll(measure(browser, route, true));
        }
        assertEquals(List.of(), problems, "layout problems at 1366 px");

        // the employee list with its rows loaded: the last column, whether they signed in, in sight
        browser.open("employees");
        assertThat(browser.visibleCells("#employee-grid", "Emma Jensen").first()).isVisible();
        assertEquals(List.of(), measure(browser, "employees", true), "the employee list at 1366 px");
    }

    @SuppressWarnings("unchecked")
    private static List<String> measure(BrowserSession browser, String route, boolean wide) {
        // Vaadin's first response may still be on its way when the page has loaded: wait for the view itself
        browser.page().waitForFunction("() => document.title && document.querySelector('vaadin-app-layout > main')");
        browser.waitForVaadin();
        browser.page().screenshot(new Page.ScreenshotOptions()
                .setPath(SHOTS.resolve((wide ? "1366-" : "390-") + (route.isEmpty() ? "home" : route.replace('/', '_'))
                        + ".png")));
        Map<String, Object> m = (Map<String, Object>) browser.page().evaluate(MEASURE);
        List<String> problems = new ArrayList<>();
        String where = "/" + route + ": ";
        if (((Number) m.get("overflow")).intValue() > 0) {
            problems.add(where + "the page scrolls sideways by " + m.get("overflow") + " px");
        }
        if (((Number) m.get("titleLines")).intValue() > 1) {
            problems.add(where + "the title takes " + m.get("titleLines") + " lines");
        }
        ((List<String>) m.get("cut")).forEach(cut -> problems.add(where + cut));
        problems.forEach(System.out::println);
        return problems;
    }
}
