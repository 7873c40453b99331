package dev.podium.coaching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podium.AsHr;
import dev.podium.MutableClock;
import dev.podium.PodiumSpringTest;
import dev.podium.SignIn;
import dev.podium.activity.ActivityImportService;
import dev.podium.activity.LinkedInArchives;
import dev.podium.activity.UploadedArchive;
import dev.podium.audit.ProfileAuditApproved;
import dev.podium.coaching.process.CoachingTimers;
import dev.podium.coaching.process.FailingCompletion;
import dev.podium.learning.CourseCompleted;
import dev.podium.notification.NotificationService;
import dev.podium.people.EmployeeDraft;
import dev.podium.people.EmployeeService;
import dev.podium.policy.PolicyAttested;
import dev.podium.shared.Role;
import dev.podium.shared.CourseId;
import dev.podium.shared.EmployeeId;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The coachingProgramme process driven by the real events and services: milestones in any order (also before the
 * start), the goal evaluated on an import, timers, check-ins, reassignment, cancellation and rollback.
 */
@PodiumSpringTest
@RecordApplicationEvents
class CoachingProgrammeProcessIntegrationTest {

    @Autowired
    CoachingService coaching;
    @Autowired
    EmployeeService employees;
    @Autowired
    ActivityImportService activity;
    @Autowired
    NotificationService notifications;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    UserDetailsService users;
    @Autowired
    CoachingTimers timers;
    @Autowired
    FailingCompletion failingCompletion;
    @Autowired
    MutableClock clock;
    @Autowired
    ApplicationEvents recorded;

    @TempDir
    Path folder;

    @AfterEach
    void cleanUp() {
        SignIn.out();
        clock.reset();
    }

    @Test
    void milestones_in_any_order_lead_through_every_stage_to_completion() {
        Person anna = newEmployee("da");
        long programme = AsHr.call(() -> coaching.assign(anna.id()));
        assertThat(stage(programme)).isEqualTo(Stage.GUIDELINES);

        events.publishEvent(new PolicyAttested(anna.id(), "social-media-guidelines", "2026-1", clock.instant()));
        assertThat(stage(programme)).as("the course is still missing").isEqualTo(Stage.GUIDELINES);
        completeGuidelinesCourse(anna.id());
        assertThat(stage(programme)).isEqualTo(Stage.PROFILE_AUDIT);

        approveProfileAudit(anna.id());
        assertThat(stage(programme)).isEqualTo(Stage.VOICE_TOPICS);

        SignIn.as(users, coachEmailOf(programme));
        assertThat(coaching.myCoachTasks()).extracting(CoachTask::programmeId, CoachTask::kind)
                .contains(org.assertj.core.groups.Tuple.tuple(programme, CoachTaskKind.AGREE_TOPICS));
        coaching.agreeTopics(programme);
        assertThat(coaching.participant(programme).stage()).isEqualTo(Stage.PRACTICE);

        timers.fire(programme, "midpointReached");
        assertThat(openKinds(programme)).containsExactly(CoachTaskKind.MIDPOINT_CHECK_IN);
        coaching.recordMidpointCheckIn(programme, "Two posts on heat pumps, good start.");

        timers.fire(programme, "practiceEnds");
        assertThat(coaching.participant(programme).stage()).isEqualTo(Stage.FINAL_CHECK_IN);
        coaching.recordFinalCheckIn(programme, "Consistent now; ready to go on alone.", CheckInDecision.COMPLETE);

        assertThat(stage(programme)).isEqualTo(Stage.COMPLETED);
        assertThat(timers.running(programme)).isFalse();
        assertThat(recorded.stream(CoachingProgrammeCompleted.class))
                .anySatisfy(completed -> {
                    assertThat(completed.programmeId()).isEqualTo(programme);
                    assertThat(completed.employee()).isEqualTo(anna.id());
                });
    }

    @Test
    void milestones_reached_before_the_start_are_skipped() {
        Person ben = newEmployee("da");
        completeGuidelinesCourse(ben.id());
        events.publishEvent(new PolicyAttested(ben.id(), "social-media-guidelines", "2026-1", clock.instant()));
        approveProfileAudit(ben.id());

        long programme = AsHr.call(() -> coaching.assign(ben.id()));

        assertThat(stage(programme)).isEqualTo(Stage.VOICE_TOPICS);
        SignIn.as(users, ben.email());
        assertThat(coaching.myProgramme().orElseThrow().milestones()).containsExactlyInAnyOrder(
                Milestone.GUIDELINES_COURSE, Milestone.POLICY_ATTESTED, Milestone.PROFILE_AUDIT_APPROVED);
    }

    @Test
    void another_course_or_policy_is_no_milestone() {
        Person cleo = newEmployee("da");
        long programme = AsHr.call(() -> coaching.assign(cleo.id()));
        events.publishEvent(new CourseCompleted(cleo.id(), CourseId.of("finding-your-voice"), "1", "hash", true, 90,
                clock.instant()));
        events.publishEvent(new PolicyAttested(cleo.id(), "travel-policy", "1", clock.instant()));

        assertThat(stage(programme)).isEqualTo(Stage.GUIDELINES);
        SignIn.as(users, cleo.email());
        assertThat(coaching.myMilestones()).isEmpty();
    }

    @Test
    void an_import_that_meets_the_goal_ends_the_practice_period_and_one_that_does_not_leaves_it_running()
            throws IOException {
        Person dana = newEmployee("da");
        long programme = inPractice(dana);

        SignIn.as(users, dana.email());
        LinkedInArchives archive = new LinkedInArchives();
        archive.post(clock.instant().minus(Duration.ofMinutes(5)), LinkedInArchives.POST);
        importArchive(archive, "First_LinkedInDataExport.zip");
        assertThat(stage(programme)).as("one post in one week is not the goal").isEqualTo(Stage.PRACTICE);

        // two original posts a week for twelve weeks: posts in 6 of the last 6 weeks and an index well over 40
        LinkedInArchives full = archive.copy();
        for (int week = 0; week < 12; week++) {
            Instant at = clock.instant().minus(Duration.ofDays(7L * week)).minus(Duration.ofMinutes(10));
            full.post(at, LinkedInArchives.POST);
            full.post(at.minus(Duration.ofMinutes(1)), LinkedInArchives.POST);
        }
        importArchive(full, "Full_LinkedInDataExport.zip");

        assertThat(stage(programme)).isEqualTo(Stage.FINAL_CHECK_IN);
        SignIn.as(users, coachEmailOf(programme));
        Participant participant = coaching.participant(programme);
        assertThat(participant.goalMet()).isTrue();
        assertThat(participant.evidence().weeksWithOriginalPostsInLast6()).isGreaterThanOrEqualTo(4);
        // the coach sees the conversation figures, never the texts (none imported yet: only the archive's posts)
        assertThat(participant.conversations().exportImported()).isFalse();
        assertThat(participant.conversations().posts()).isNotEmpty()
                .allSatisfy(post -> assertThat(post.excerpt()).isNull());
        assertThat(participant.openTasks()).extracting(CoachTask::kind)
                .containsExactly(CoachTaskKind.FINAL_CHECK_IN);
    }

    @Test
    void extending_at_the_final_check_in_starts_another_practice_period() {
        Person emil = newEmployee("da");
        long programme = inPractice(emil);
        SignIn.as(users, coachEmailOf(programme));
        timers.fire(programme, "practiceEnds");

        coaching.recordFinalCheckIn(programme, "Needs a few more weeks.", CheckInDecision.EXTEND);

        assertThat(stage(programme)).isEqualTo(Stage.PRACTICE);
        assertThat(timers.waitsFor(programme, "coachingActivityImported")).isTrue();
    }

    @Test
    void a_stalled_programme_nudges_the_participant_once() {
        Person finn = newEmployee("da");
        long programme = AsHr.call(() -> coaching.assign(finn.id()));

        timers.fire(programme, "nudgeTimer");
        assertThat(stalledNudges(finn)).as("not stalled yet").isZero();

        clock.advance(Duration.ofDays(15));
        timers.fire(programme, "nudgeTimer");
        timers.fire(programme, "nudgeTimer");

        assertThat(stalledNudges(finn)).isOne();
    }

    @Test
    void a_coach_step_left_open_for_three_days_reminds_the_coach() {
        Person gry = newEmployee("da");
        long programme = inPractice(gry);
        SignIn.as(users, coachEmailOf(programme));
        timers.fire(programme, "midpointReached");
        assertThat(coachRemindersAbout(gry)).isZero();

        clock.advance(Duration.ofDays(4));
        timers.fire(programme, "nudgeTimer");
        timers.fire(programme, "nudgeTimer");

        assertThat(coachRemindersAbout(gry)).isOne();
    }

    @Test
    void reassigning_hands_open_tasks_to_the_new_coach() {
        Person hans = newEmployee("da");
        long programme = inTopics(hans);
        EmployeeId first = row(programme).coach();
        EmployeeId second = AsHr.call(() -> coaching.coaches().stream().map(c -> c.id())
                .filter(id -> !id.equals(first)).findFirst().orElseThrow());

        AsHr.run(() -> coaching.reassignCoach(programme, second));

        assertThat(row(programme).coach()).isEqualTo(second);
        SignIn.as(users, emailOf(first));
        assertThat(coaching.myCoachTasks()).extracting(CoachTask::programmeId).doesNotContain(programme);
        assertThatThrownBy(() -> coaching.agreeTopics(programme))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        SignIn.as(users, emailOf(second));
        coaching.agreeTopics(programme);
        assertThat(stage(programme)).isEqualTo(Stage.PRACTICE);
    }

    @Test
    void a_participant_who_is_deactivated_has_their_programme_cancelled() {
        Person ida = newEmployee("da");
        long programme = AsHr.call(() -> coaching.assign(ida.id()));

        AsHr.run(() -> employees.deactivate(ida.id()));

        assertThat(stage(programme)).isEqualTo(Stage.CANCELLED);
        assertThat(timers.running(programme)).isFalse();
    }

    @Test
    void a_coach_who_is_deactivated_hands_their_participants_to_another_coach() {
        Person lea = newEmployee("da");
        long programme = inTopics(lea);
        Person leaving = newPerson("da", EnumSet.of(Role.COACH, Role.EMPLOYEE));
        AsHr.run(() -> coaching.reassignCoach(programme, leaving.id()));

        AsHr.run(() -> employees.deactivate(leaving.id()));

        EmployeeId next = row(programme).coach();
        assertThat(next).isNotEqualTo(leaving.id());
        SignIn.as(users, emailOf(next));
        assertThat(coaching.myCoachTasks()).extracting(CoachTask::programmeId).contains(programme);
        coaching.agreeTopics(programme);
        assertThat(stage(programme)).isEqualTo(Stage.PRACTICE);
    }

    @Test
    void a_crash_in_the_completion_step_rolls_back_the_check_in_and_the_process_step() {
        Person jens = newEmployee("da");
        long programme = inPractice(jens);
        SignIn.as(users, coachEmailOf(programme));
        timers.fire(programme, "practiceEnds");
        failingCompletion.failFor(programme);
        try {
            assertThatThrownBy(() -> coaching.recordFinalCheckIn(programme, "Done.", CheckInDecision.COMPLETE))
                    .hasMessageContaining("completion step failed");
        } finally {
            failingCompletion.stop(programme);
        }

        Participant participant = coaching.participant(programme);
        assertThat(participant.stage()).isEqualTo(Stage.FINAL_CHECK_IN);
        assertThat(participant.finalNotes()).isNull();
        assertThat(participant.openTasks()).extracting(CoachTask::kind).containsExactly(CoachTaskKind.FINAL_CHECK_IN);
    }

    @Test
    void an_employee_joins_and_gets_a_coach_who_speaks_their_language() {
        // a German-speaking coach with nobody to coach yet: the least loaded of the German speakers
        newPerson("de", EnumSet.of(Role.COACH, Role.EMPLOYEE));
        Person kim = newEmployee("de");
        SignIn.as(users, kim.email());
        long programme = coaching.join(Locale.GERMAN);

        String coachName = coaching.myProgramme().orElseThrow().coachName();
        assertThat(AsHr.call(() -> employees.activeCoaches())).filteredOn(c -> c.name().equals(coachName))
                .singleElement().satisfies(coach -> assertThat(coach.locale().getLanguage()).isEqualTo("de"));
        assertThatThrownBy(() -> coaching.join(Locale.GERMAN)).isInstanceOf(CoachingRuleViolation.class);
        assertThat(row(programme).stage()).isEqualTo(Stage.GUIDELINES);
    }

    // --- helpers

    record Person(EmployeeId id, String email, String name) {
    }

    private Person newEmployee(String language) {
        return newPerson(language, EnumSet.of(Role.EMPLOYEE));
    }

    private Person newPerson(String language, java.util.Set<Role> roles) {
        int number = ThreadLocalRandom.current().nextInt(1_000_000_000);
        String email = "coaching." + number + "@coaching.podium.test";
        String lastName = "Participant" + number;
        EmployeeId id = AsHr.call(() -> employees.register(new EmployeeDraft("Pia", lastName, email, null,
                null, "DK", null, roles, Locale.forLanguageTag(language))));
        return new Person(id, email, "Pia " + lastName);
    }

    private long inTopics(Person person) {
        completeGuidelinesCourse(person.id());
        events.publishEvent(new PolicyAttested(person.id(), "social-media-guidelines", "2026-1", clock.instant()));
        approveProfileAudit(person.id());
        long programme = AsHr.call(() -> coaching.assign(person.id()));
        assertThat(stage(programme)).isEqualTo(Stage.VOICE_TOPICS);
        return programme;
    }

    private long inPractice(Person person) {
        long programme = inTopics(person);
        SignIn.as(users, coachEmailOf(programme));
        coaching.agreeTopics(programme);
        SignIn.out();
        assertThat(stage(programme)).isEqualTo(Stage.PRACTICE);
        return programme;
    }

    private void completeGuidelinesCourse(EmployeeId employee) {
        events.publishEvent(new CourseCompleted(employee, CourseId.of("social-media-guidelines"), "1", "hash", true,
                90, clock.instant()));
    }

    private void approveProfileAudit(EmployeeId employee) {
        events.publishEvent(new ProfileAuditApproved(employee, 1L, 82, null, clock.instant()));
    }

    private void importArchive(LinkedInArchives archive, String name) throws IOException {
        Path zip = archive.writeZip(folder, name);
        UploadedArchive upload;
        try (InputStream in = Files.newInputStream(zip)) {
            upload = activity.receiveUpload(zip.getFileName().toString(), in);
        }
        activity.preview(upload, read -> { }).join();
        activity.confirm(upload, written -> { }).join();
    }

    private List<CoachTaskKind> openKinds(long programme) {
        return coaching.participant(programme).openTasks().stream().map(CoachTask::kind).toList();
    }

    private ProgrammeRow row(long programme) {
        return AsHr.call(() -> {
            for (int page = 0; ; page++) {
                List<ProgrammeRow> rows = coaching.programmes(PageRequest.of(page, 50));
                for (ProgrammeRow row : rows) {
                    if (row.programmeId() == programme) {
                        return row;
                    }
                }
                if (rows.size() < 50) {
                    throw new AssertionError("no programme " + programme);
                }
            }
        });
    }

    private Stage stage(long programme) {
        return row(programme).stage();
    }

    private String coachEmailOf(long programme) {
        return emailOf(row(programme).coach());
    }

    private String emailOf(EmployeeId id) {
        return AsHr.call(() -> employees.get(id).draft().email());
    }

    private long stalledNudges(Person person) {
        return SignIn.call(users, person.email(), () -> notifications.myNotifications().stream()
                .filter(n -> n.messageKey().equals("coaching.notification.stalled")).count());
    }

    /** Reminders the signed-in coach holds about that participant. */
    private long coachRemindersAbout(Person participant) {
        return notifications.myNotifications().stream()
                .filter(n -> n.messageKey().equals("coaching.notification.coach-step"))
                .filter(n -> n.arguments().contains(participant.name())).count();
    }
}
