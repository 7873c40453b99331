package dev.podium.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Locator;
import dev.podium.PodiumSpringTest;
import dev.podium.browser.TestPeople.Person;
import dev.podium.security.Role;
import dev.podium.shared.EmployeeId;
import dev.podium.shared.Languages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * HR rolls the programme out: imports employees from an HRIS file (a bad row first: every problem by line, nothing
 * imported; then the fixed file), creates a wave for the imported department with a course and a due date and
 * launches it; an imported employee signs in and finds the course with its due date in My learning.
 */
@PodiumSpringTest
class RolloutJourneyIT {

    private static final Path FILES = Path.of("target", "rollout-journey");

    @RegisterExtension
    static final Browsers browsers = new Browsers();

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    @Test
    void hr_imports_people_launches_a_wave_and_an_imported_employee_sees_the_course_due() throws IOException {
        String tag = TestPeople.uniqueSuffix();
        String department = "Rollout " + tag;
        String nina = "nina." + tag + "@" + TestPeople.DOMAIN;
        String header = "Employee ID;E-mail;First name;Last name;Department;Country;Manager ID\n";
        String boss = "R" + tag + "-1;olga." + tag + "@" + TestPeople.DOMAIN + ";Olga;Olsen;" + department + ";DK;\n";
        String bad = "R" + tag + "-2;nina-at-nowhere;Nina;Nielsen;" + department + ";DK;R" + tag + "-1\n";
        String good = "R" + tag + "-2;" + nina + ";Nina;Nielsen;" + department + ";DK;R" + tag + "-1\n";
        Path badFile = write("people-bad-" + tag + ".csv", header + boss + bad);
        Path goodFile = write("people-" + tag + ".csv", header + boss + good);

        Person hr = new TestPeople(context).create("Hanne", Set.of(Role.HR_ADMIN, Role.EMPLOYEE), Languages.ENGLISH);
        BrowserSession browser = browsers.open().login(hr.email(), hr.password()).open("people/import");

        // a file with a bad row: the line and the reason, and no way to import
        browser.page().locator("#hris-upload input[type=file]").setInputFiles(badFile);
        assertThat(browser.page().locator("#hris-mapping")).containsText("2 rows");
        browser.page().locator("#hris-check").click();
        assertThat(browser.page().locator("#hris-problems")).containsText(
                "Line 3: \"nina-at-nowhere\" is not a valid e-mail address.");
        assertThat(browser.page().locator("#hris-import")).hasCount(0);
        assertEquals(0, people("olga." + tag + "@" + TestPeople.DOMAIN), "nothing imported");

        // the fixed file
        browser.page().locator("#hris-upload input[type=file]").setInputFiles(goodFile);
        assertThat(browser.page().locator("#hris-mapping")).containsText(goodFile.getFileName() + ": 2 rows");
        assertThat(browser.page().locator("#hris-problems")).hasCount(0);
        browser.page().locator("#hris-check").click();
        assertThat(browser.page().locator("#hris-preview-counts")).containsText("New people: 2");
        assertThat(browser.page().locator("#hris-preview-counts")).containsText("New departments: 1");
        browser.page().locator("#hris-import").click();
        assertThat(browser.page().locator("#hris-result")).containsText("Imported: 2 new");
        assertEquals(1, people(nina));

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
        LocalDate due = LocalDate.now().plusDays(21);
        browser.page().locator("#wave-due-date").evaluate("(picker, value) => { picker.value = value; "
                + "picker.dispatchEvent(new CustomEvent('change', {bubbles: true})); }", due.toString());
        browser.page().locator("#wave-save-plan").click();
        assertThat(browser.page().locator("#wave-member-count")).containsText("2");
        browser.page().locator("#wave-launch").click();
        assertThat(browser.page().locator("#wave-launched")).containsText("with 2 members");
        assertThat(browser.page().locator("#wave-progress")).containsText("Not started: 2");

        // Nina signs in and finds the course, due
        long ninaId = jdbc.sql("select id from employee where email = ?").param(nina).query(Long.class).single();
        String password = new TestPeople(context).givePassword(EmployeeId.of(ninaId), nina);
        BrowserSession employee = browsers.open().login(nina, password).open("learning");
        Locator course = employee.page().locator("#my-course-journey-basics");
        assertThat(course).isVisible();
        assertThat(course.locator(".my-course-due")).hasText(Pattern.compile("^Due .*" + due.getYear()));
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
