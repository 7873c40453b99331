package dev.podium.drafts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podium.AsHr;
import dev.podium.PodiumSpringTest;
import dev.podium.SignIn;
import dev.podium.coaching.CoachingService;
import dev.podium.coaching.ProgrammeRow;
import dev.podium.learning.LearningRuleViolation;
import dev.podium.learning.LearningService;
import dev.podium.learning.PortfolioEntry;
import dev.podium.learning.SubmissionTask;
import dev.podium.notification.NotificationItem;
import dev.podium.shared.CourseId;
import dev.podium.notification.NotificationService;
import dev.podium.people.EmployeeDraft;
import dev.podium.people.EmployeeService;
import dev.podium.shared.EmployeeId;
import dev.podium.shared.Role;
import dev.podium.shared.SystemUser;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The draft workspace against the real database: versions, sharing only while a programme links the coach, comments
 * on passages, closing, and who is refused (another coach, HR, the line manager, the coach after the thread closed).
 */
@PodiumSpringTest
class DraftServiceIntegrationTest {

    @Autowired
    DraftService drafts;
    @Autowired
    WatchListService lists;
    @Autowired
    CoachingService coaching;
    @Autowired
    EmployeeService employees;
    @Autowired
    NotificationService notifications;
    @Autowired
    DraftsDataEraser eraser;
    @Autowired
    UserDetailsService users;
    @Autowired
    LearningService learning;

    EmployeeId manager;
    String managerEmail;
    EmployeeId participant;
    String participantEmail;
    long programme;
    String coach;
    String otherCoach;
    String hr;

    @BeforeEach
    void anEmployeeWithACoach() {
        int n = ThreadLocalRandom.current().nextInt(1_000_000_000);
        managerEmail = "manager." + n + "@drafts.podium.test";
        manager = AsHr.call(() -> employees.register(new EmployeeDraft("Mads", "Manager", managerEmail, null, null,
                "DK", null, EnumSet.of(Role.EMPLOYEE, Role.LINE_MANAGER), Locale.ENGLISH)));
        participantEmail = "writer." + n + "@drafts.podium.test";
        participant = AsHr.call(() -> employees.register(new EmployeeDraft("Wilma", "Writer", participantEmail, null,
                null, "DK", manager, EnumSet.of(Role.EMPLOYEE), Locale.ENGLISH)));
        hr = "hr." + n + "@drafts.podium.test";
        AsHr.run(() -> employees.register(new EmployeeDraft("Hanne", "Hr", hr, null, null, "DK", null,
                EnumSet.of(Role.EMPLOYEE, Role.HR_ADMIN), Locale.ENGLISH)));
        programme = AsHr.call(() -> coaching.assign(participant));
        ProgrammeRow row = AsHr.call(() -> coaching.programmes(PageRequest.of(0, 500))).stream()
                .filter(r -> r.programmeId() == programme).findFirst().orElseThrow();
        coach = AsHr.call(() -> employees.get(row.coach()).draft().email());
        EmployeeId other = AsHr.call(() -> coaching.coaches()).stream().map(c -> c.id())
                .filter(id -> !id.equals(row.coach())).findFirst().orElseThrow();
        otherCoach = AsHr.call(() -> employees.get(other).draft().email());
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    long aDraft(String text) {
        return SignIn.call(users, participantEmail, () -> {
            long id = drafts.create(DraftKind.POST, "First post");
            drafts.save(id, "First post", text);
            return id;
        });
    }

    @Test
    void every_changed_save_is_a_kept_version_and_an_unchanged_one_is_not() {
        SignIn.as(users, participantEmail);
        long id = drafts.create(DraftKind.POST, "My first post");
        drafts.save(id, "My first post", "One");
        drafts.save(id, "My first post", "One");
        DraftView view = drafts.save(id, "Renamed", "Two");
        assertThat(view.versionNumber()).isEqualTo(2);
        assertThat(view.title()).isEqualTo("Renamed");
        assertThat(view.versions()).extracting(DraftText::number, DraftText::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "Two"),
                        org.assertj.core.groups.Tuple.tuple(1, "One"));
        assertThat(drafts.myDrafts()).extracting(DraftSummary::id).contains(id);
    }

    @Test
    void the_check_uses_hr_s_confidential_list_and_never_blocks_saving() {
        String word = "Falcon" + ThreadLocalRandom.current().nextInt(1_000_000);
        SignIn.run(users, hr, () -> lists.add(WatchListKind.CONFIDENTIAL, word));
        SignIn.as(users, participantEmail);
        Preflight check = drafts.check(DraftKind.POST, "Soon we launch " + word + " https://example.org",
                Locale.ENGLISH);
        assertThat(check.findings()).anySatisfy(f -> {
            assertThat(f.key()).isEqualTo("drafts.check.confidential");
            assertThat(f.arguments()).containsExactly(word);
            assertThat(f.rule().number()).isEqualTo(3);
        });
        assertThat(check.policyTitle()).isNotBlank();
        long id = drafts.create(DraftKind.POST, "Launch");
        assertThat(drafts.save(id, "Launch", "Soon we launch " + word).versionNumber()).isEqualTo(1);
    }

    @Test
    void the_same_word_twice_on_a_list_is_refused_with_a_message() {
        String word = "Osprey" + ThreadLocalRandom.current().nextInt(1_000_000);
        SignIn.run(users, hr, () -> lists.add(WatchListKind.PRODUCT, word));
        assertThatThrownBy(() -> SignIn.run(users, hr,
                () -> lists.add(WatchListKind.PRODUCT, word.toUpperCase(Locale.ROOT))))
                .isInstanceOf(DraftRuleViolation.class).hasMessage("drafts.error.word-twice");
    }

    @Test
    void shared_with_the_coach_they_comment_on_a_passage_and_the_employee_sees_it_beside_the_text() {
        long id = aDraft("I think trust grows when people speak as themselves.");
        SignIn.run(users, participantEmail, () -> drafts.share(id));

        SignIn.as(users, coach);
        assertThat(drafts.sharedWithMe()).extracting(SharedDraft::draftId).contains(id);
        assertThat(notifications.myNotifications()).extracting(NotificationItem::messageKey)
                .contains("drafts.notification.shared");
        DraftView seen = drafts.draft(id);
        assertThat(seen.mine()).isFalse();
        assertThat(seen.ownerName()).isEqualTo("Wilma Writer");
        int start = seen.text().indexOf("trust grows");
        drafts.comment(id, seen.versionNumber(), start, start + "trust grows".length(), "Say how you saw it grow.");

        SignIn.as(users, participantEmail);
        assertThat(notifications.myNotifications()).extracting(NotificationItem::messageKey)
                .contains("drafts.notification.commented");
        DraftView mine = drafts.save(id, "First post", "Trust grew in my team when people spoke as themselves.");
        assertThat(mine.comments()).singleElement().satisfies(c -> {
            assertThat(c.byCoach()).isTrue();
            assertThat(c.quoted()).isEqualTo("trust grows");
            assertThat(c.versionNumber()).isEqualTo(1);
            assertThat(c.stillInText()).isFalse();
        });
        assertThat(mine.versionNumber()).isEqualTo(2);
    }

    @Test
    void sharing_needs_an_open_programme() {
        String loner = "loner." + ThreadLocalRandom.current().nextInt(1_000_000_000) + "@drafts.podium.test";
        AsHr.run(() -> employees.register(new EmployeeDraft("Lone", "Writer", loner, null, null, "DK", null,
                EnumSet.of(Role.EMPLOYEE), Locale.ENGLISH)));
        SignIn.as(users, loner);
        long id = drafts.create(DraftKind.HEADLINE, "Headline");
        drafts.save(id, "Headline", "Engineer who writes about trust");
        assertThat(drafts.myCoach()).isEmpty();
        assertThatThrownBy(() -> drafts.share(id)).isInstanceOf(DraftRuleViolation.class)
                .hasMessage("drafts.error.no-coach");
    }

    @Test
    void another_coach_hr_and_the_line_manager_cannot_read_a_shared_draft() {
        long id = aDraft("Notes on leadership.");
        SignIn.run(users, participantEmail, () -> drafts.share(id));
        for (String outsider : List.of(otherCoach, hr, managerEmail)) {
            SignIn.as(users, outsider);
            assertThatThrownBy(() -> drafts.draft(id)).as(outsider).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> drafts.comment(id, 1, 0, 5, "Hm")).as(outsider)
                    .isInstanceOf(AccessDeniedException.class);
        }
        SignIn.as(users, otherCoach);
        assertThat(drafts.sharedWithMe()).extracting(SharedDraft::draftId).doesNotContain(id);
        SignIn.as(users, hr);
        assertThatThrownBy(() -> drafts.exportFor(participant)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_coach_cannot_read_a_draft_that_was_not_shared() {
        long id = aDraft("Private thoughts.");
        SignIn.as(users, coach);
        assertThatThrownBy(() -> drafts.draft(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> drafts.save(id, "x", "y")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void either_may_close_the_thread_and_then_the_coach_no_longer_sees_the_draft() {
        long id = aDraft("Closing time.");
        SignIn.run(users, participantEmail, () -> drafts.share(id));
        SignIn.run(users, coach, () -> drafts.close(id));
        SignIn.as(users, coach);
        assertThatThrownBy(() -> drafts.draft(id)).isInstanceOf(AccessDeniedException.class);
        assertThat(drafts.sharedWithMe()).extracting(SharedDraft::draftId).doesNotContain(id);
        SignIn.as(users, participantEmail);
        DraftView mine = drafts.draft(id);
        assertThat(mine.share().state()).isEqualTo(ShareState.CLOSED);
        assertThat(mine.share().closedByOwner()).isFalse();
        assertThatThrownBy(() -> drafts.comment(id, 1, 0, 3, "More")).isInstanceOf(DraftRuleViolation.class)
                .hasMessage("drafts.error.not-shared");
        drafts.share(id);
        drafts.close(id);
        assertThat(drafts.draft(id).share().closedByOwner()).isTrue();
    }

    @Test
    void the_coach_loses_the_draft_when_the_programme_goes_to_another_coach() {
        long id = aDraft("Reassigned.");
        SignIn.run(users, participantEmail, () -> drafts.share(id));
        EmployeeId other = AsHr.call(() -> employees.activeCoaches()).stream()
                .filter(c -> AsHr.call(() -> employees.get(c.id()).draft().email()).equals(otherCoach)).findFirst()
                .orElseThrow().id();
        AsHr.run(() -> coaching.reassignCoach(programme, other));
        SignIn.as(users, coach);
        assertThatThrownBy(() -> drafts.draft(id)).isInstanceOf(AccessDeniedException.class);
        SignIn.as(users, otherCoach);
        assertThatThrownBy(() -> drafts.draft(id)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_comment_must_point_into_the_version_it_names() {
        long id = aDraft("Short.");
        SignIn.run(users, participantEmail, () -> drafts.share(id));
        SignIn.as(users, coach);
        assertThatThrownBy(() -> drafts.comment(id, 1, 2, 99, "Too far")).isInstanceOf(DraftRuleViolation.class)
                .hasMessage("drafts.error.passage");
        assertThatThrownBy(() -> drafts.comment(id, 1, 0, 3, " ")).isInstanceOf(DraftRuleViolation.class)
                .hasMessage("drafts.error.comment-empty");
    }

    @Test
    void the_export_holds_every_version_and_comment_and_erasure_removes_the_drafts() {
        long id = aDraft("Version one.");
        SignIn.run(users, participantEmail, () -> {
            drafts.save(id, "First post", "Version two.");
            drafts.share(id);
        });
        SignIn.run(users, coach, () -> drafts.comment(id, 2, 0, 7, "Good start"));
        List<DraftExport> export = SystemUser.call(() -> drafts.exportFor(participant));
        assertThat(export).singleElement().satisfies(d -> {
            assertThat(d.versions()).hasSize(2);
            assertThat(d.comments()).extracting(CommentView::body).containsExactly("Good start");
        });
        assertThat(SignIn.call(users, participantEmail, () -> drafts.exportFor(participant))).hasSize(1);

        eraser.erasePersonalData(participant);
        assertThat(SystemUser.call(() -> drafts.exportFor(participant))).isEmpty();
    }

    @Test
    void a_draft_handed_in_for_a_practice_task_lands_in_the_portfolio_and_the_coach_sees_which_task() {
        CourseId course = CourseId.of("finding-your-voice");
        long id = aDraft("Too short.");
        SignIn.as(users, participantEmail);
        learning.enrol(course, Locale.ENGLISH);
        assertThat(drafts.practiceTasks(Locale.ENGLISH)).extracting(SubmissionTask::taskId)
                .contains("draft-first-post");
        // learning's own rules for the task still apply: 150 characters at least
        assertThatThrownBy(() -> drafts.handIn(id, course, "draft-first-post", Locale.ENGLISH))
                .isInstanceOf(LearningRuleViolation.class);
        String post = "This month I changed how our team runs retrospectives: we start with what surprised us, not "
                + "with what went wrong, and the quiet people speak first. What would you try first in yours?";
        drafts.save(id, "First post", post);
        drafts.handIn(id, course, "draft-first-post", Locale.ENGLISH);
        assertThat(learning.myPortfolio(Locale.ENGLISH)).extracting(PortfolioEntry::submission).contains(post);
        drafts.share(id);

        SignIn.as(users, coach);
        assertThat(drafts.sharedWithMe()).filteredOn(d -> d.draftId() == id).singleElement()
                .satisfies(d -> assertThat(d.handedIn()).isTrue());
        assertThat(drafts.draft(id).practice()).satisfies(p -> {
            assertThat(p.taskId()).isEqualTo("draft-first-post");
            assertThat(p.taskTitle()).isEqualTo("Draft your first original post");
            assertThat(p.versionNumber()).isEqualTo(2);
        });
    }

    @Test
    void the_disclosure_advice_comes_from_the_guidelines_in_the_person_s_language() {
        SignIn.as(users, participantEmail);
        Preflight danish = drafts.check(DraftKind.POST, "Podium Demo har lanceret noget nyt, som jeg er stolt af.",
                Locale.forLanguageTag("da"));
        assertThat(danish.findings()).filteredOn(f -> f.key().equals("drafts.check.disclosure-missing"))
                .singleElement().satisfies(f -> {
                    assertThat(f.arguments().get(1)).contains("#reklame");
                    assertThat(f.rule().number()).isEqualTo(2);
                    assertThat(f.rule().heading()).contains("Oplys din tilknytning");
                });
        Preflight english = drafts.check(DraftKind.POST, "#ad Podium Demo launched something I am proud of.",
                Locale.ENGLISH);
        assertThat(english.findings()).extracting(Finding::key).contains("drafts.check.disclosure-present");
    }
}
