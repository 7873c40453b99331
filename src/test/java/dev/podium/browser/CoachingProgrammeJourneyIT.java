package dev.podium.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import dev.podium.PodiumSpringTest;
import dev.podium.audit.ProfileAuditApproved;
import dev.podium.browser.TestPeople.Person;
import dev.podium.learning.CourseCompleted;
import dev.podium.policy.PolicyAttested;
import dev.podium.shared.Role;
import dev.podium.shared.CourseId;
import dev.podium.shared.Languages;
import java.time.Clock;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;

/**
 * HR assigns the programme to someone who already did the guidelines and the profile audit and hands them to a
 * particular coach; the coach agrees the voice topics on the board, and the participant sees their practice start.
 */
@PodiumSpringTest
class CoachingProgrammeJourneyIT {

    @RegisterExtension
    static final Browsers browsers = new Browsers();

    @Autowired
    ApplicationContext context;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    Clock clock;

    @Test
    void hr_assigns_the_programme_the_coach_agrees_topics_and_the_participant_starts_practising() {
        TestPeople people = new TestPeople(context);
        Person hr = people.create("Henrik", Set.of(Role.HR_ADMIN, Role.EMPLOYEE), Languages.ENGLISH);
        Person coach = people.create("Carla", Set.of(Role.COACH, Role.EMPLOYEE), Languages.ENGLISH);
        Person participant = people.create("Paula", Set.of(Role.EMPLOYEE), Languages.ENGLISH);
        events.publishEvent(new CourseCompleted(participant.id(), CourseId.of("social-media-guidelines"), "1", "h",
                true, 90, clock.instant()));
        events.publishEvent(new PolicyAttested(participant.id(), "social-media-guidelines", "1", clock.instant()));
        events.publishEvent(new ProfileAuditApproved(participant.id(), 1L, 80, null, clock.instant()));

        BrowserSession hrBrowser = browsers.open().login(hr.email(), hr.password());
        hrBrowser.open("programmes");
        choose(hrBrowser, "#programme-employee", participant.lastName());
        hrBrowser.page().locator("#programme-assign").click();
        assertThat(hrBrowser.notification("Programme assigned.")).isVisible();
        // newest first: the programme just assigned heads the list, already past the milestones done before
        assertThat(hrBrowser.visibleCells("#programme-grid", participant.fullName())).hasCount(1);
        assertThat(hrBrowser.visibleCells("#programme-grid", "Voice topics").first()).isVisible();

        hrBrowser.page().locator("#programme-grid vaadin-button")
                .filter(new Locator.FilterOptions().setHasText("Reassign coach")).first().click();
        // nothing chosen yet: the click says what is missing instead of doing nothing
        hrBrowser.page().locator("#reassign-save").click();
        assertThat(hrBrowser.page().locator("#reassign-coach")).hasAttribute("invalid", "");
        assertThat(hrBrowser.page().locator("#reassign-coach [slot=error-message]")).hasText("Choose a coach first.");
        assertThat(hrBrowser.page().locator("#reassign-coach")).isVisible();
        choose(hrBrowser, "#reassign-coach", coach.lastName());
        hrBrowser.page().locator("#reassign-save").click();
        assertThat(hrBrowser.visibleCells("#programme-grid", coach.fullName())).hasCount(1);

        BrowserSession coachBrowser = browsers.open().login(coach.email(), coach.password());
        coachBrowser.open("coach/programmes");
        assertThat(coachBrowser.page().locator("#coach-tasks"))
                .containsText("Agree voice topics: " + participant.fullName());
        coachBrowser.page().locator("#coach-tasks vaadin-button").first().click();
        assertThat(coachBrowser.page().locator("#coach-participant")).containsText(participant.fullName());
        coachBrowser.page().locator("#coach-agree-topics").click();
        assertThat(coachBrowser.notification("Saved.")).isVisible();
        assertThat(coachBrowser.page().locator("#coach-tasks")).containsText("Nothing waiting for you.");
        assertThat(coachBrowser.visibleCells("#coach-participants", "Practice")).hasCount(1);

        BrowserSession mine = browsers.open().login(participant.email(), participant.password());
        mine.open("coaching");
        assertThat(mine.page().locator("#coaching-timeline")).containsText("Practice – now");
        assertThat(mine.page().locator("main")).containsText("original posts in at least 4 of the last 6 weeks");
        assertThat(mine.page().locator(".coaching-next a[href='activity/import']")).isVisible();
    }

    /**
     * Like {@link BrowserSession#choose} but picks the visible item: a lazy combo box keeps hidden items from the
     * unfiltered first page that match the text too.
     */
    private static void choose(BrowserSession browser, String comboSelector, String itemText) {
        Locator input = browser.page().locator(comboSelector + " input");
        input.click();
        input.pressSequentially(itemText);
        browser.page().locator(comboSelector + " vaadin-combo-box-item")
                .filter(new Locator.FilterOptions().setHasText(itemText).setVisible(true)).first().click();
        // the texts chosen here are letters and digits only: safe as a (JavaScript) pattern as they are
        assertThat(input).hasValue(java.util.regex.Pattern.compile(itemText));
    }
}
