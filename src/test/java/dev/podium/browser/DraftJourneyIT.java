package dev.podium.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import dev.podium.AsHr;
import dev.podium.PodiumSpringTest;
import dev.podium.browser.TestPeople.Person;
import dev.podium.coaching.CoachingService;
import dev.podium.shared.Languages;
import dev.podium.shared.Role;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * An employee writes a post in My drafts and sees the pre-flight check follow the text, shares it with their coach;
 * the coach finds it from the programme board and comments on a passage; the employee sees the comment beside the
 * text and revises.
 */
@PodiumSpringTest
class DraftJourneyIT {

    @RegisterExtension
    static final Browsers browsers = new Browsers();

    @Autowired
    ApplicationContext context;
    @Autowired
    CoachingService coaching;

    @Test
    void the_employee_writes_and_shares_the_coach_comments_and_the_employee_revises() {
        TestPeople people = new TestPeople(context);
        Person coach = people.create("Conrad", Set.of(Role.COACH, Role.EMPLOYEE), Languages.ENGLISH);
        Person writer = people.create("Wanda", Set.of(Role.EMPLOYEE), Languages.ENGLISH);
        long programme = AsHr.call(() -> coaching.assign(writer.id()));
        if (AsHr.call(() -> coaching.programmes(org.springframework.data.domain.PageRequest.of(0, 500))).stream()
                .noneMatch(r -> r.programmeId() == programme && r.coach().equals(coach.id()))) {
            AsHr.run(() -> coaching.reassignCoach(programme, coach.id()));
        }

        BrowserSession mine = browsers.open().login(writer.email(), writer.password());
        mine.open("drafts");
        mine.fill("#draft-new-title", "Why trust grows");
        mine.page().locator("#draft-new").click();
        mine.page().waitForURL(Pattern.compile(".*/drafts/\\d+$"));
        String draftRoute = mine.page().url().replaceFirst("^.*/(drafts/\\d+)$", "$1");

        var text = mine.page().locator("#draft-text textarea");
        text.fill("https://example.org/some-article");
        assertThat(mine.page().locator("#draft-preflight")).containsText("Only a link, no words of your own");
        String post = "I learned this year that trust grows when people speak as themselves, in their own words, "
                + "about the work they know best and the questions they still have.";
        text.fill(post);
        assertThat(mine.page().locator("#draft-counter")).containsText("of 3,000 characters");
        assertThat(mine.page().locator("#draft-preflight")).containsText("in your own voice");
        mine.page().locator("#draft-save").click();
        assertThat(mine.notification("Saved as version 1.")).isVisible();
        mine.page().locator("#draft-share").click();
        assertThat(mine.notification("Shared with your coach.")).isVisible();
        assertThat(mine.page().locator("#draft-share-state")).containsText("the thread is open");

        BrowserSession coachBrowser = browsers.open().login(coach.email(), coach.password());
        coachBrowser.open("coach/programmes");
        coachBrowser.page().locator("#coach-shared-drafts").click();
        coachBrowser.page().waitForURL(Pattern.compile(".*/coach/drafts$"));
        coachBrowser.visibleCells("#coach-drafts", "Why trust grows").first().click();
        coachBrowser.page().waitForURL(Pattern.compile(".*/coach/drafts/\\d+$"));
        assertThat(coachBrowser.page().locator("#coach-draft-text textarea")).hasValue(post);
        coachBrowser.fill("#draft-passage", "trust grows");
        coachBrowser.page().locator("#draft-comment-text textarea").fill("Tell the story of one moment you saw it.");
        coachBrowser.page().locator("#draft-comment-add").click();
        assertThat(coachBrowser.page().locator("#draft-comments"))
                .containsText("Tell the story of one moment you saw it.");

        mine.open(draftRoute);
        assertThat(mine.page().locator("#draft-comments")).containsText("“trust grows”");
        assertThat(mine.page().locator("#draft-comments")).containsText("Tell the story of one moment you saw it.");
        mine.page().locator("#draft-text textarea").fill("The day my team lead admitted a mistake in public, I saw "
                + "trust grow in a room that had been quiet for months, and I want to tell you how.");
        mine.page().locator("#draft-save").click();
        assertThat(mine.notification("Saved as version 2.")).isVisible();
        assertThat(mine.page().locator("#draft-comments")).containsText("that passage is no longer in the text");
        mine.page().locator("#draft-version-history").click();
        assertThat(mine.page().locator("#draft-versions")).containsText("Version 1");
    }
}
