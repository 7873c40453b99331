package dev.podium.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.options.BoundingBox;
import dev.podium.AsHr;
import dev.podium.PodiumSpringTest;
import dev.podium.SignIn;
import dev.podium.activity.LinkedInProfileArchives;
import dev.podium.activity.VoiceTopic;
import dev.podium.activity.VoiceTopicService;
import dev.podium.audit.AuditFilter;
import dev.podium.audit.AuditService;
import dev.podium.audit.ProfileAuditApproved;
import dev.podium.browser.TestPeople.Person;
import dev.podium.coaching.CoachingService;
import dev.podium.learning.CourseCompleted;
import dev.podium.policy.PolicyAttested;
import dev.podium.shared.CourseId;
import dev.podium.shared.Languages;
import dev.podium.shared.Role;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Issue 18's rough edges in the profile audit and the coaching programme, as the employee and the coach see them:
 * the form checks the export and the address where they are entered, the employee's rubric wraps and reads on a
 * phone with a running total, the coach's second review starts from the first, the bell and the home cards tell the
 * truth, and the programme's stepper counts what was done before.
 */
@PodiumSpringTest
class CoachingEdgesJourneyIT {

    private static final Path FILES = Path.of("target", "coaching-edges-journey");
    /** The coach items of the rubric other than the Featured section, by the id suffix of their points field. */
    private static final List<String> OTHER_COACH_ITEMS = List.of("profile-photo", "background-banner", "headline",
            "about-quality", "custom-url", "follow-and-topics", "employer-alignment");

    @RegisterExtension
    static final Browsers browsers = new Browsers();

    @Autowired
    ApplicationContext context;
    @Autowired
    AuditService audits;
    @Autowired
    CoachingService coaching;
    @Autowired
    VoiceTopicService voiceTopics;
    @Autowired
    UserDetailsService users;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    Clock clock;

    @Test
    void the_audit_form_table_review_bell_and_home_cards_say_what_the_employee_and_coach_need() throws IOException {
        TestPeople people = new TestPeople(context);
        Person employee = people.create("Marianne", Set.of(Role.EMPLOYEE), Languages.ENGLISH);
        Person coach = people.create("Kirsten", Set.of(Role.EMPLOYEE, Role.COACH), Languages.ENGLISH);
        Files.createDirectories(FILES);
        Path linkedIn = FILES.resolve("Basic_LinkedInDataExport_" + TestPeople.uniqueSuffix() + ".zip");
        Files.write(linkedIn, LinkedInProfileArchives.complete().zip());
        Path mastodon = FILES.resolve("archive-mastodon-" + TestPeople.uniqueSuffix() + ".zip");
        zip(mastodon, "outbox.json", "{\"orderedItems\":[]}");

        BrowserSession marianne = browsers.open().login(employee.email(), employee.password());
        // item 7: the employee's home has an audit card and a programme card
        assertThat(marianne.page().locator("#home-audit")).containsText("You have not started a profile audit yet");
        assertThat(marianne.page().locator("#home-programme")).containsText("You are not in the coaching programme");

        // item 6: another network's archive is refused where it was uploaded, naming what is wrong
        marianne.open("audit");
        marianne.page().locator("#audit-upload input[type=file]").setInputFiles(mastodon);
        assertThat(marianne.page().locator("#audit-uploaded")).containsText("is not a LinkedIn data export");
        marianne.page().locator("#audit-upload input[type=file]").setInputFiles(linkedIn);
        assertThat(marianne.page().locator("#audit-uploaded")).containsText("Ready to submit");
        // a malformed profile address is checked at the field, and nothing is submitted with it
        marianne.fill("#audit-custom-url", "linkedin/marianne");
        assertThat(marianne.page().locator("#audit-custom-url")).hasAttribute("invalid", "");
        assertThat(marianne.page().locator("#audit-custom-url"))
                .containsText("Enter your profile address as https://www.linkedin.com/in/your-name");
        marianne.page().locator("#audit-submit").click();
        assertThat(marianne.page().locator("#audit-status")).hasCount(0);
        marianne.fill("#audit-custom-url", "https://www.linkedin.com/in/marianne-writes");
        assertThat(marianne.page().locator("#audit-custom-url")).not().hasAttribute("invalid", "");
        marianne.page().locator("#audit-featured textarea").fill("A talk");
        marianne.page().locator("#audit-submit").click();
        assertThat(marianne.page().locator("#audit-status")).containsText("in review");
        assertThat(marianne.page().locator("vaadin-notification-card[theme~='error']")).hasCount(0);

        // item 3: a running total while in review; placeholders, "0 / 0" and "· / 4" are gone
        assertThat(marianne.page().locator("#audit-running-total"))
                .hasText("64 automatic points so far; your coach can add up to 32 more.");
        assertThat(marianne.page().locator("#audit-item-website")).containsText("Website: https://example.org");
        assertThat(marianne.page().locator("#audit-items")).not().containsText("[PORTFOLIO");
        assertThat(marianne.page().locator("#audit-items")).not().containsText("0 / 0");
        assertThat(marianne.page().locator("#audit-items")).not().containsText("· /");
        assertThat(marianne.page().locator("#audit-item-featured"))
                .containsText("Automatic: coach only. Coach: not scored yet (up to 7).");
        assertThat(marianne.page().locator("#home-audit")).hasCount(0);

        long auditId = AsHr.call(() -> audits.allAudits(AuditFilter.open(), 0, 10_000).stream()
                .filter(summary -> summary.employee().equals(employee.id())).findFirst().orElseThrow().auditId());
        AsHr.run(() -> audits.reassign(auditId, coach.id()));

        BrowserSession kirsten = browsers.open().login(coach.email(), coach.password());
        // item 7: the coach's home counts the review waiting, and the bell says so
        assertThat(kirsten.page().locator("#home-coach")).containsText("One profile audit waits for your review.");
        assertThat(kirsten.page().locator("#notification-count")).isVisible();

        // item 2: points out of an item's range are refused at the field, naming the item
        kirsten.open("coach/audits/" + auditId);
        kirsten.fill("#audit-comment-featured", "Name the talk and link the recording");
        kirsten.fill("#audit-points-featured", "9");
        assertThat(kirsten.page().locator("#audit-points-featured"))
                .containsText("Featured section: give between 0 and 7 points.");
        kirsten.page().locator("#audit-request-revision").click();
        assertThat(kirsten.page().locator("#audit-review-problem"))
                .hasText("Featured section: give between 0 and 7 points.");
        kirsten.fill("#audit-points-featured", "3");
        kirsten.page().locator("#audit-request-revision").click();
        assertThat(kirsten.notification("Revision requested")).isVisible();
        kirsten.open("");
        assertThat(kirsten.page().locator("#notification-count")).not().isVisible();
        assertThat(kirsten.page().locator("#home-coach")).containsText("Nothing waits for you yet");

        // item 3: on a phone the coach's comment and the evidence wrap inside the screen
        marianne.page().setViewportSize(390, 844);
        marianne.open("audit");
        assertThat(marianne.page().locator("#audit-status")).containsText("revision requested");
        assertThat(marianne.page().locator("#audit-running-total"))
                .hasText("67 points so far: 64 automatic and 3 from your coach.");
        assertThat(marianne.page().locator("#audit-item-featured .audit-item-comment"))
                .hasText("Coach's comment: Name the talk and link the recording");
        marianne.page().locator("#audit-item-featured .audit-item-comment").scrollIntoViewIfNeeded();
        assertThat(marianne.page().locator("#audit-item-featured .audit-item-comment")).isInViewport();
        BoundingBox comment = marianne.page().locator("#audit-item-featured .audit-item-comment").boundingBox();
        assertThat(comment.x).isGreaterThanOrEqualTo(0);
        assertThat(comment.x + comment.width).isLessThanOrEqualTo(390);
        marianne.page().locator("#audit-featured textarea").fill("My talk on privacy by design, with the recording");
        marianne.page().locator("#audit-submit").click();
        assertThat(marianne.page().locator("#audit-status")).containsText("in review");
        marianne.page().setViewportSize(1366, 800);

        // item 2: round 2 starts from round 1's points and comments and shows what the evidence said before
        kirsten.open("coach/audits/" + auditId);
        assertThat(kirsten.page().locator("#audit-review-carried"))
                .containsText("Round 2: your points and comments from round 1 are filled in");
        assertThat(kirsten.page().locator("#audit-points-featured input")).hasValue("3");
        assertThat(kirsten.page().locator("#audit-comment-featured input"))
                .hasValue("Name the talk and link the recording");
        assertThat(kirsten.page().locator("#audit-evidence-featured"))
                .containsText("Featured: My talk on privacy by design, with the recording");
        assertThat(kirsten.page().locator("#audit-evidence-featured")).containsText("Before: Featured: A talk");
        kirsten.fill("#audit-points-featured", "7");
        for (String item : OTHER_COACH_ITEMS) {
            kirsten.fill("#audit-points-" + item, "1");
        }
        assertThat(kirsten.page().locator("#notification-count")).isVisible();
        kirsten.page().locator("#audit-approve").click();
        assertThat(kirsten.notification("Approved with")).isVisible();
        // item 7: once approved, the bell no longer says the audit waits
        kirsten.open("");
        assertThat(kirsten.page().locator("#notification-count")).not().isVisible();
        assertThat(kirsten.page().locator("#home-coach")).containsText("Nothing waits for you yet");

        marianne.open("");
        assertThat(marianne.page().locator("#home-audit"))
                .containsText("Your profile audit was approved with 78 points out of 100.");
    }

    @Test
    void the_stepper_counts_an_approved_audit_and_chosen_topics_and_the_coachs_home_shows_who_waits() {
        TestPeople people = new TestPeople(context);
        Person coach = people.create("Conrad", Set.of(Role.COACH, Role.EMPLOYEE), Languages.ENGLISH);
        Person participant = people.create("Petra", Set.of(Role.EMPLOYEE), Languages.ENGLISH);
        events.publishEvent(new ProfileAuditApproved(participant.id(), 1L, 80, null, clock.instant()));
        SignIn.run(users, participant.email(), () -> voiceTopics.saveMyVoiceTopics(List.of(
                new VoiceTopic("Data privacy", List.of("privacy"), List.of()),
                new VoiceTopic("Open banking", List.of("open banking"), List.of()),
                new VoiceTopic("Security", List.of("security"), List.of()))));

        BrowserSession petra = browsers.open().login(participant.email(), participant.password());
        petra.open("coaching");
        petra.page().locator("#coaching-join").click();
        // item 1: the guidelines are open, but what was done before counts and says so
        assertThat(petra.page().locator("#coaching-step-guidelines")).hasText("Guidelines – now");
        assertThat(petra.page().locator("#coaching-step-profile-audit"))
                .hasText("Profile audit – done already, it counts");
        assertThat(petra.page().locator("#coaching-step-voice-topics"))
                .hasText("Voice topics – chosen, to agree with your coach");
        assertThat(petra.page().locator("#coaching-step-practice")).hasText("Practice – later");
        petra.open("");
        assertThat(petra.page().locator("#home-programme")).containsText("You are at the step Guidelines.");

        long programmeId = AsHr.call(() -> coaching.programmes(PageRequest.of(0, 10_000)).stream()
                .filter(row -> row.employee().equals(participant.id())).findFirst().orElseThrow().programmeId());
        AsHr.run(() -> coaching.reassignCoach(programmeId, coach.id()));
        events.publishEvent(new CourseCompleted(participant.id(), CourseId.of("social-media-guidelines"), "1", "h",
                true, 90, clock.instant()));
        events.publishEvent(new PolicyAttested(participant.id(), "social-media-guidelines", "1", clock.instant()));

        petra.open("coaching");
        assertThat(petra.page().locator("#coaching-step-voice-topics"))
                .hasText("Voice topics – now: chosen, agree them with your coach");
        assertThat(petra.page().locator(".coaching-next a[href='voice/topics']"))
                .hasText("See or change the voice topics you chose");

        // item 7: the coach's home says a participant waits, and for what
        BrowserSession conrad = browsers.open().login(coach.email(), coach.password());
        assertThat(conrad.page().locator("#home-coach"))
                .containsText("One programme step waits for you; the oldest: Agree voice topics with "
                        + participant.fullName());
    }

    private static void zip(Path target, String name, String content) throws IOException {
        try (OutputStream out = Files.newOutputStream(target); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.closeEntry();
        }
    }
}
