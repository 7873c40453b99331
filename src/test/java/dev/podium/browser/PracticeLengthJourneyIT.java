package dev.podium.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import dev.podium.PodiumSpringTest;
import dev.podium.browser.TestPeople.Person;
import dev.podium.shared.Role;
import dev.podium.shared.Languages;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A learner drafts their headline in the profile-optimisation course: the counter under the box follows their
 * typing against the length the task asks for (the audit's configured headline length), a draft outside it is
 * refused with the count, and one within it is saved.
 */
@PodiumSpringTest
class PracticeLengthJourneyIT {

    @RegisterExtension
    static final Browsers browsers = new Browsers();

    @Autowired
    ApplicationContext context;

    @Test
    void the_draft_box_counts_as_the_learner_types_and_refuses_a_headline_outside_the_length() {
        Person person = new TestPeople(context).create("Mette", Set.of(Role.EMPLOYEE), Languages.ENGLISH);
        BrowserSession learner = browsers.open().login(person.email(), person.password());
        learner.open("courses/profile-optimisation");
        learner.page().locator("#course-enrol").click();
        learner.open("courses/profile-optimisation/headline");
        assertThat(learner.page().locator("#lesson-title")).hasText("The headline: 220 characters that travel everywhere");

        Locator box = learner.page().locator("#task-draft-headline-text");
        Locator counter = box.locator("[slot=helper]");
        assertThat(counter).hasText("0 characters (asks for 60–220)");
        box.locator("textarea").pressSequentially("Logistics engineer");
        assertThat(counter).hasText("18 characters (asks for 60–220)");
        learner.page().locator("#task-draft-headline-submit").click();
        assertThat(learner.notification("Your answer has 18 characters; this task asks for at least 60.")).isVisible();
        assertThat(learner.page().locator("#task-draft-headline-status"))
                .hasText("Not done yet (needed to complete the course)");

        String headline = "Logistics engineer at Nordfragt · I design warehouse layouts that cut picker walking by a "
                + "third · Writing about cold-chain packaging and warehouse automation";
        box.locator("textarea").fill(headline);
        assertThat(counter).hasText(headline.length() + " characters (asks for 60–220)");
        learner.page().locator("#task-draft-headline-submit").click();
        assertThat(learner.notification("Your answer is saved in your portfolio.")).isVisible();
        assertThat(learner.page().locator("#task-draft-headline-status")).containsText("Completed on");
    }
}
