package dev.podium.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Locator;
import dev.podium.AsHr;
import dev.podium.PodiumSpringTest;
import dev.podium.browser.TestPeople.Person;
import dev.podium.people.EmployeeDraft;
import dev.podium.people.EmployeeService;
import dev.podium.shared.EmployeeId;
import dev.podium.shared.Languages;
import dev.podium.shared.Role;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Erasure on request: HR opens a person, chooses "Erase now", reads what goes and what is kept, must give a reason,
 * confirms — and the person is "Former employee" everywhere. (The second approval is a setting of the running
 * application; {@code ErasureLeavesNoTraceIntegrationTest} covers it against the service.)
 */
@PodiumSpringTest
class ErasureJourneyIT {

    private static final String GRID = "#employee-grid";

    @RegisterExtension
    static final Browsers browsers = new Browsers();

    @Autowired
    EmployeeService employees;
    @Autowired
    ApplicationContext context;

    @Test
    void hr_erases_a_person_with_a_reason_after_reading_what_goes_and_what_is_kept() {
        Person hrAdmin = new TestPeople(context).create("Hilde", Set.of(Role.HR_ADMIN, Role.EMPLOYEE),
                Languages.ENGLISH);
        String lastName = "Forgotten" + TestPeople.uniqueSuffix();
        String email = TestPeople.uniqueEmail("frida");
        EmployeeId frida = AsHr.call(() -> employees.register(new EmployeeDraft("Frida", lastName, email, "Analyst",
                null, "DK", null, EnumSet.of(Role.EMPLOYEE), Locale.ENGLISH)));

        BrowserSession hr = browsers.open().login(hrAdmin.email(), hrAdmin.password());
        hr.navItems().filter(new Locator.FilterOptions().setHasText("Employees")).click();
        assertThat(hr.page().locator(GRID)).isVisible();
        hr.fill("#employee-search", email);
        hr.assertGridSize(GRID, 1);
        hr.visibleCells(GRID, email).click();

        hr.page().locator("#erasure-erase-now").click();
        Locator dialog = hr.page().locator("#erasure-dialog");
        assertThat(dialog).containsText("Erase the personal data of Frida " + lastName);
        assertThat(dialog).containsText("imported posts and comments");
        assertThat(dialog).containsText("What is kept, and why:");
        assertThat(dialog).containsText("issued certificates, with the name as issued");
        assertThat(dialog).containsText("policy attestations");
        assertThat(dialog).containsText("This cannot be undone.");

        // no reason, no erasure
        hr.page().locator("#erasure-confirm").click();
        assertThat(hr.page().locator("#erasure-reason")).containsText("Say why the personal data is erased.");
        assertEquals("Frida " + lastName, AsHr.call(() -> employees.get(frida)).fullName());

        Locator reason = hr.page().locator("#erasure-reason textarea");
        reason.fill("Frida asked to be forgotten (e-mail of 3 December)");
        reason.blur();
        hr.page().locator("#erasure-confirm").click();
        assertThat(hr.notification("The personal data is erased.")).isVisible();
        assertThat(dialog).hasCount(0);
        // she is no longer a current employee, and under "Former employees" she has no name any more
        hr.assertGridSize(GRID, 0);
        assertEquals("Former employee", AsHr.call(() -> employees.get(frida)).fullName());
    }
}
