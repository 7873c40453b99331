package dev.podium.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import dev.podium.PodiumSpringTest;
import dev.podium.browser.TestPeople.Person;
import dev.podium.shared.Role;
import dev.podium.shared.Languages;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** An employee is asked on the home page to attest the guidelines, reads them in Danish and attests once. */
@PodiumSpringTest
class PolicyAttestationJourneyIT {

    @RegisterExtension
    static final Browsers browsers = new Browsers();

    @Autowired
    ApplicationContext context;

    @Test
    void an_employee_reads_and_attests_the_current_guidelines_once() {
        Person person = new TestPeople(context).create("Asta", Set.of(Role.EMPLOYEE), Languages.DANISH);
        BrowserSession browser = browsers.open().login(person.email(), person.password());

        assertThat(browser.page().locator("#home-policies"))
                .containsText("Læs og bekræft Retningslinjer for sociale medier (version 2026.2).");
        browser.page().locator("#home-policies a").click();

        assertThat(browser.page().locator("#policy-title")).hasText("Retningslinjer for sociale medier");
        assertThat(browser.page().locator("#policy-text h2").first()).hasText("Omfang");
        assertThat(browser.page().locator("#policy-attest")).isDisabled();
        browser.page().locator("#policy-understood input").check();
        // the button opens once the server has seen the tick
        assertThat(browser.page().locator("#policy-attest")).isEnabled();
        browser.page().locator("#policy-attest").click();

        assertThat(browser.notification("Tak: din bekræftelse er gemt.")).isVisible();
        assertThat(browser.page().locator("#policy-attested")).hasText("Du har bekræftet version 2026.2.");
        assertThat(browser.visibleCells("#policy-history", "2026.2")).hasCount(1);
        assertThat(browser.page().locator("#policy-attest")).hasCount(0);

        browser.open("");
        assertThat(browser.page().locator("#home-policies")).containsText("Du har bekræftet alle gældende politikker.");
    }
}
