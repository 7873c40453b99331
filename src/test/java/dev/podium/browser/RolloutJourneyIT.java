package dev.podium.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Locator;
import dev.podium.PodiumSpringTest;
import dev.podium.SignIn;
import dev.podium.browser.TestPeople.Person;
import dev.podium.learning.LearningService;
import dev.podium.shared.Role;
import dev.podium.shared.CourseId;
import dev.podium.shared.EmployeeId;
import dev.podium.shared.Languages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * HR rolls the programme out: imports employees from an HRIS file (a bad row first: every problem by line, nothing
 * imported; then the fixed file), creates a wave for the imported department with a course and a due date and
 * launches it; an imported employee signs in and finds the course with its due date in My learning; the programme
 * dashboard, filtered to the wave's cohort, shows her among those who completed once she has.
 */
@PodiumSpringTest
class RolloutJourneyIT {

    private static final Path FILES = Path.of("target", "rollout-journey");

    @RegisterExtension
    static final Browsers browsers = new Browsers();

    @Autowired
    Clock clock;
    @Autowired
    LearningService learning;
    @Autowired
    UserDetailsService users;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    @Test
    void hr_imports_people_launches_a_wave_and_sees_the_funnel_move_when_an_imported_employee_completes_the_course() throws IOException {
        String tag = TestPeople.uniqueSuffix();
        String department = "Rollout " + tag;
        String nina = "nina." + tag + "@" + TestPeople.DOMAIN;
        String header = "Employee ID;E-mail;First name;Last name;Department;Country;Manager ID\n";
        String boss = "R" + tag + "-1;olga." + tag + "@" + TestPeople.DOMAIN + ";Olga;Olsen;" + department + ";DK;\n";
        String bad = "R" + tag + "-2;nina-at-nowhere;Nina;Nielsen;" + department + ";DK;R" + tag + "-1\n";
        String good = "R" + tag + "-2;" + nina + ";Nina;Nielsen;" + department + ";DK;R" + tag + "-1\n";
        // four colleagues, so that the wave is large enough for the dashboard to show its figures (minimum 5)
        StringBuilder colleagues = new StringBuilder();
        for (int i = 3; i <= 6; i++) {
            colleagues.append("R").append(tag).append('-').append(i).append(";colleague").append(i).append('.')
                    .append(tag).append('@').append(TestPeople.DOMAIN).append(";Colleague;Number").append(i)
                    .append(';').append(department).append(";DK;R").append(tag).append("-1\n");
        }
        Path badFile = write("people-bad-" + tag + ".csv", header + boss + bad + colleagues);
        Path goodFile = write("people-" + tag + ".csv", header + boss + good + colleagues);

        Person hr = new TestPeople(context).create("Hanne", Set.of(Role.HR_ADMIN, Role.EMPLOYEE), Languages.ENGLISH);
        BrowserSession browser = browsers.open().login(hr.email(), hr.password()).open("people/import");

        // a file with a bad row: the line and the reason, and no way to import
        browser.page().locator("#hris-upload input[type=file]").setInputFiles(badFile);
        assertThat(browser.page().locator("#hris-mapping")).containsText("6 rows");
        browser.page().locator("#hris-check").click();
        assertThat(browser.page().locator("#hris-problems")).containsText(
                "Line 3: \"nina-at-nowhere\" is not a valid e-mail address.");
        assertThat(browser.page().locator("#hris-import")).hasCount(0);
        assertEquals(0, people("olga." + tag + "@" + TestPeople.DOMAIN), "nothing imported");

        // the fixed file
        browser.page().locator("#hris-upload input[type=file]").setInputFiles(goodFile);
        assertThat(browser.page().locator("#hris-mapping")).containsText(goodFile.getFileName() + ": 6 rows");
        assertThat(browser.page().locator("#hris-problems")).hasCount(0);
        browser.page().locator("#hris-check").click();
        assertThat(browser.page().locator("#hris-preview-counts")).containsText("New people: 6");
        assertThat(browser.page().locator("#hris-preview-counts")).containsText("New departments: 1");
        browser.page().locator("#hris-import").click();
        assertThat(browser.page().locator("#hris-result")).containsText("Imported: 6 new");
        assertEquals(1, people(nina));

        // "the file lists everyone" would deactivate everyone missing from a file holding only Olga: it is marked as
        // dangerous and asks first; cancelling deactivates nobody
        Path onlyBoss = write("people-only-boss-" + tag + ".csv", header + boss);
        browser.page().locator("#hris-upload input[type=file]").setInputFiles(onlyBoss);
        assertThat(browser.page().locator("#hris-mapping")).containsText(onlyBoss.getFileName() + ": 1 row");
        Locator everyone = browser.page().locator("#hris-full-export");
        assertThat(everyone).hasAttribute("data-danger", "");
        assertThat(everyone).containsText("Dangerous: everyone imported earlier who is not in this file loses access.");
        everyone.locator("input").check();
        browser.page().locator("#hris-check").click();
        assertThat(browser.page().locator("#hris-preview-counts")).containsText("Leavers to deactivate:");
        browser.page().locator("#hris-import").click();
        assertThat(browser.page().getByText("are not in it and will be deactivated")).isVisible();
        browser.page().locator("vaadin-button[slot=cancel-button]").first().click();
        assertThat(browser.page().locator("#hris-result")).hasCount(0);
        assertThat(browser.page().locator("#hris-import")).isEnabled();
        assertEquals(1, jdbc.sql("select count(*) from employee where email = ? and active = true").param(nina)
                .query(Integer.class).single(), "Nina is still active");

        // a wave for the imported department: objectives, plan, launch
        browser.open("waves");
        browser.page().locator("#wave-new").click();
        browser.fill("#wave-name", "Sales wave " + tag);
        browser.page().locator("#wave-objective textarea").fill("Sales shares its expertise");
        browser.page().locator("#wave-save-objectives").click();
        assertThat(browser.page().locator("#wave-step-plan")).isVisible();
        assertThat(browser.page()).hasURL(Pattern.compile(".*/waves/\\d+$"));

        Locator departments = browser.page().locator("#wave-departments input");
        departments.click();
        departments.pressSequentially(department);
        browser.page().locator("vaadin-multi-select-combo-box-item")
                .filter(new Locator.FilterOptions().setHasText(department)).first().click();
        departments.press("Escape");
        browser.check("#wave-courses", "Journey basics");
        LocalDate due = LocalDate.now(clock).plusDays(21);
        browser.page().locator("#wave-due-date").evaluate("(picker, value) => { picker.value = value; "
                + "picker.dispatchEvent(new CustomEvent('change', {bubbles: true})); }", due.toString());
        // Nina pasted by e-mail as well: after saving, the box still shows the list it says it holds
        browser.page().locator("#wave-list textarea").fill(nina);
        browser.page().locator("#wave-save-plan").click();
        assertThat(browser.page().locator("#wave-member-count")).containsText("6");
        assertThat(browser.page().locator("#wave-list")).containsText("Listed now: 1.");
        assertThat(browser.page().locator("#wave-list textarea")).hasValue(nina);

        // launching asks first, and says what it will do; cancelling launches nothing
        browser.page().locator("#wave-launch").click();
        assertThat(browser.page().getByText("6 people will be enrolled at once in one course")).isVisible();
        browser.page().locator("vaadin-button[slot=cancel-button]").first().click();
        assertThat(browser.page().locator("#wave-launched")).hasCount(0);
        browser.page().locator("#wave-launch").click();
        browser.page().getByText("Launch and enrol 6 people").click();
        assertThat(browser.page().locator("#wave-launched")).containsText("with 6 members");
        assertThat(browser.page().locator("#wave-progress")).containsText("Not started: 6");
        // and who they are, each with their state
        browser.assertGridSize("#wave-members", 6);
        assertThat(browser.visibleCells("#wave-members", "Nina Nielsen")).hasCount(1);
        assertThat(browser.visibleCells("#wave-members", "Not started")).hasCount(6);

        // the programme dashboard, filtered to the wave's cohort: six enrolled, nobody has completed yet
        String wave = "Sales wave " + tag;
        browser.open("dashboard");
        browser.choose("#filter-cohort", wave);
        assertThat(browser.page().locator("#funnel p").first()).hasText("6 active people in this selection.");
        browser.page().locator("#drill-assigned").click();
        browser.assertGridSize("#drill-grid", 6);
        browser.page().locator("#drill-courses_completed").click();
        browser.assertGridSize("#drill-grid", 0);

        // Nina signs in and finds the course, due
        long ninaId = jdbc.sql("select id from employee where email = ?").param(nina).query(Long.class).single();
        String password = new TestPeople(context).givePassword(EmployeeId.of(ninaId), nina);
        BrowserSession employee = browsers.open().login(nina, password).open("learning");
        Locator course = employee.page().locator("#my-course-journey-basics");
        assertThat(course).isVisible();
        assertThat(course.locator(".my-course-due")).hasText(Pattern.compile("^Due .*" + due.getYear()));

        // Nina completes the course: lessons, the quiz, the written task
        completeJourneyBasicsAs(nina);

        // the funnel moved: one completion, a group too small to show, so HR gets no list that would name her
        browser.open("dashboard");
        browser.choose("#filter-cohort", wave);
        assertThat(browser.page().locator("#funnel p").first()).hasText("6 active people in this selection.");
        assertThat(browser.page().locator("#funnel")).containsText("fewer than 5");
        assertThat(browser.page().locator("#drill-courses_completed")).hasCount(0);
    }

    private void completeJourneyBasicsAs(String email) {
        SignIn.as(users, email);
        try {
            CourseId course = CourseId.of("journey-basics");
            learning.completeLesson(course, "your-own-voice", Locale.ENGLISH);
            learning.submitQuiz(course, "check-yourself", Map.of("what-counts", Set.of("a"),
                    "good-habits", Set.of("a", "b"), "supplier", Set.of("a")), Locale.ENGLISH);
            learning.completeLesson(course, "check-yourself", Locale.ENGLISH);
            learning.submitPractice(course, "write-your-why", "I share what I learn in sales.", Locale.ENGLISH);
        } finally {
            SignIn.out();
        }
    }

    private int people(String email) {
        return jdbc.sql("select count(*) from employee where email = ?").param(email).query(Integer.class).single();
    }

    private static Path write(String name, String content) throws IOException {
        Files.createDirectories(FILES);
        Path file = FILES.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }
}
