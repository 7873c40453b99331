package dev.podium.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import dev.podium.AsHr;
import dev.podium.PodiumSpringTest;
import dev.podium.activity.LinkedInProfileArchives;
import dev.podium.audit.AuditService;
import dev.podium.browser.TestPeople.Person;
import dev.podium.shared.Role;
import dev.podium.shared.Languages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** An employee's profile audit through one revision: submit, revise on the coach's comment, approved, score shown. */
@PodiumSpringTest
class ProfileAuditJourneyIT {

    private static final Path FILES = Path.of("target", "audit-journey");
    /** The coach items of the rubric, by the id suffix of their points field. */
    private static final List<String> COACH_ITEMS = List.of("profile-photo", "background-banner", "headline",
            "about-quality", "custom-url", "featured", "follow-and-topics", "employer-alignment");

    @RegisterExtension
    static final Browsers browsers = new Browsers();

    @Autowired
    ApplicationContext context;
    @Autowired
    AuditService audits;

    @Test
    void an_employee_submits_revises_on_the_coachs_comment_and_sees_the_approved_score() throws IOException {
        TestPeople people = new TestPeople(context);
        Person employee = people.create("Mette", Set.of(Role.EMPLOYEE), Languages.ENGLISH);
        Person coach = people.create("Karin", Set.of(Role.EMPLOYEE, Role.COACH), Languages.ENGLISH);
        Files.createDirectories(FILES);
        Path zip = FILES.resolve("Basic_LinkedInDataExport_" + TestPeople.uniqueSuffix() + ".zip");
        Files.write(zip, LinkedInProfileArchives.complete().zip());

        BrowserSession mette = browsers.open().login(employee.email(), employee.password());
        mette.open("audit");
        mette.page().locator("#audit-upload input[type=file]").setInputFiles(zip);
        assertThat(mette.page().locator("#audit-uploaded")).containsText("Ready to submit");
        mette.fill("#audit-custom-url", "https://www.linkedin.com/in/mette-jensen-4b2a1c123");
        mette.page().locator("#audit-featured textarea").fill("My talk on privacy by design");
        mette.page().locator("#audit-follow input").check();
        mette.page().locator("#audit-submit").click();
        assertThat(mette.page().locator("#audit-status")).containsText("in review");

        // the journey's own coach takes the review, so that other tests' audits do not decide who gets it
        long auditId = AsHr.call(() -> audits.allAudits(dev.podium.audit.AuditFilter.open(), 0, 10_000).stream()
                .filter(summary -> summary.employee().equals(employee.id())).findFirst().orElseThrow().auditId());
        AsHr.run(() -> audits.reassign(auditId, coach.id()));

        BrowserSession karin = browsers.open().login(coach.email(), coach.password());
        karin.open("coach/audits");
        karin.visibleCells("#audit-inbox", employee.fullName()).first().click();
        assertThat(karin.page().locator("#audit-review-status")).containsText(employee.fullName());
        karin.fill("#audit-comment-custom-url", "Choose a custom address without the generated digits");
        karin.page().locator("#audit-request-revision").click();
        assertThat(karin.notification("Revision requested")).isVisible();

        mette.open("audit");
        assertThat(mette.page().locator("#audit-status")).containsText("revision requested");
        assertThat(mette.page().locator("#audit-history")).containsText("Choose a custom address");
        mette.fill("#audit-custom-url", "https://www.linkedin.com/in/mette-writes-privacy");
        mette.page().locator("#audit-submit").click();
        assertThat(mette.page().locator("#audit-status")).containsText("in review");
        assertThat(mette.page().locator("#audit-history")).containsText("Round 2");

        karin.open("coach/audits/" + auditId);
        for (String item : COACH_ITEMS) {
            karin.page().locator("#audit-points-" + item + " input").fill("1");
            karin.page().locator("#audit-points-" + item + " input").blur();
        }
        assertThat(karin.page().locator("#audit-total")).containsText("from you");
        karin.page().locator("#audit-approve").click();
        assertThat(karin.notification("Approved with")).isVisible();

        mette.open("audit");
        assertThat(mette.page().locator("#audit-status")).containsText("approved");
        // no voice topics chosen: 64 automatic points, and one point for each of the 8 coach items
        assertThat(mette.page().locator("#audit-final-score")).hasText("Final score: 72 / 100");

        // HR sees the audit's workflow to run the programme, never its score or points
        Person hr = people.create("Hanne", Set.of(Role.EMPLOYEE, Role.HR_ADMIN), Languages.ENGLISH);
        BrowserSession hanne = browsers.open().login(hr.email(), hr.password());
        hanne.open("coach/audits/" + auditId);
        assertThat(hanne.page().locator("#audit-review-status")).containsText(employee.fullName());
        assertThat(hanne.page().locator("#audit-history")).containsText("Round 2");
        assertThat(hanne.page().locator("main:has(#audit-review-status)").last()).not().containsText("Final score");
        assertThat(hanne.page().locator("main:has(#audit-review-status)").last()).not().containsText("points");
        hanne.open("coach/audits");
        assertThat(hanne.page().locator("#audit-inbox")).not().containsText("Points");

        // a line manager sees nothing of it
        Person manager = people.create("Lone", Set.of(Role.EMPLOYEE, Role.LINE_MANAGER), Languages.ENGLISH);
        BrowserSession lone = browsers.open().login(manager.email(), manager.password());
        lone.open("coach/audits/" + auditId);
        assertThat(lone.page().locator("#not-found")).hasText("Page not available");
    }
}
