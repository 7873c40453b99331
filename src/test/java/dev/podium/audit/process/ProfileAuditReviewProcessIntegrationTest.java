package dev.podium.audit.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podium.MutableClock;
import dev.podium.PodiumSpringTest;
import dev.podium.activity.VoiceTopicService;
import dev.podium.audit.AuditDetails;
import dev.podium.audit.AuditFilter;
import dev.podium.audit.AuditSummary;
import dev.podium.audit.AuditFixtures;
import dev.podium.audit.AuditFixtures.Person;
import dev.podium.audit.AuditProperties;
import dev.podium.audit.AuditReviewSteps;
import dev.podium.audit.AuditService;
import dev.podium.audit.AuditStatus;
import dev.podium.audit.CoachReview;
import dev.podium.audit.ManualAnswers;
import dev.podium.audit.ProfileAuditApproved;
import dev.podium.audit.RubricItem;
import dev.podium.people.EmployeeService;
import dev.podium.shared.Role;
import dev.podium.shared.SystemUser;
import dev.podium.shared.EmployeeId;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import org.flowable.engine.HistoryService;
import org.flowable.engine.ManagementService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.job.api.Job;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The {@code profileAuditReview} process end to end: decisions, the revision loop, timers, HR and leavers. */
@PodiumSpringTest
class ProfileAuditReviewProcessIntegrationTest {

    @Autowired
    AuditService audits;
    @Autowired
    AuditReviewSteps steps;
    @Autowired
    EmployeeService employees;
    @Autowired
    VoiceTopicService activity;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    HistoryService history;
    @Autowired
    ConfigurableApplicationContext context;
    @Autowired
    AuditProperties properties;

    private static final Locale FAROESE = Locale.forLanguageTag("fo");

    AuditFixtures fixtures;
    AuditProperties.Sla sla;
    private final List<Object> events = new CopyOnWriteArrayList<>();
    private final ApplicationListener<ApplicationEvent> recorder = event -> {
        if (event instanceof PayloadApplicationEvent<?> payload) {
            events.add(payload.getPayload());
        }
    };

    @BeforeEach
    void setUp() {
        clock.reset();
        fixtures = new AuditFixtures(employees, users, activity, audits, jdbc);
        sla = properties.sla();
        context.addApplicationListener(recorder);
    }

    @AfterEach
    void tearDown() {
        context.removeApplicationListener(recorder);
        clock.reset();
        AuditFixtures.signOut();
    }

    @Test
    void an_approved_audit_ends_the_process_and_publishes_the_final_score() {
        Person mette = fixtures.person("Mette", Locale.ENGLISH);
        long auditId = fixtures.submitComplete(mette);
        Task review = task(auditId);
        assertThat(review.getTaskDefinitionKey()).isEqualTo(ProfileAuditReviewProcess.COACH_REVIEW);

        fixtures.signInAsCoachOf(auditId);
        AuditDetails audit = audits.audit(auditId);
        assertThat(review.getAssignee()).isEqualTo(Long.toString(audit.coach().value()));
        int score = audits.approve(auditId, AuditFixtures.fullMarks(audit));

        assertThat(score).isEqualTo(68 + 32);
        assertThat(instances(auditId)).isZero();
        assertThat(events).filteredOn(ProfileAuditApproved.class::isInstance).map(ProfileAuditApproved.class::cast)
                .singleElement().satisfies(approved -> {
                    assertThat(approved.auditId()).isEqualTo(auditId);
                    assertThat(approved.employee()).isEqualTo(mette.id());
                    assertThat(approved.finalScore()).isEqualTo(100);
                    assertThat(approved.coach()).isEqualTo(audit.coach());
                });
        fixtures.signIn(mette);
        assertThat(audits.myAudit().orElseThrow().finalScore()).isEqualTo(100);
        assertThat(fixtures.notifications(mette.id(), "audit.notification.approved")).isOne();
    }

    @Test
    void a_revision_loops_back_to_the_same_coach_and_keeps_each_round_with_what_changed() {
        Person mette = fixtures.person("Mette", Locale.ENGLISH);
        long auditId = fixtures.submitComplete(mette);
        String coachEmail = fixtures.coachEmail(auditId);
        fixtures.signIn(coachEmail);
        audits.requestRevision(auditId, List.of(new CoachReview(RubricItem.CUSTOM_URL, null,
                "Your address still ends in generated digits")));
        assertThat(task(auditId).getTaskDefinitionKey()).isEqualTo(ProfileAuditReviewProcess.EMPLOYEE_REVISION);
        assertThat(task(auditId).getAssignee()).isEqualTo(Long.toString(mette.id().value()));
        assertThat(fixtures.notifications(mette.id(), "audit.notification.revision-requested")).isOne();

        fixtures.signIn(mette);
        AuditDetails waiting = audits.myAudit().orElseThrow();
        assertThat(waiting.status()).isEqualTo(AuditStatus.REVISION_REQUESTED);
        assertThat(waiting.currentRound().items()).filteredOn(item -> item.item() == RubricItem.CUSTOM_URL)
                .singleElement().extracting(item -> item.coachComment())
                .isEqualTo("Your address still ends in generated digits");
        audits.submit(null, null, new ManualAnswers("https://www.linkedin.com/in/mette-writes-privacy",
                "A talk on privacy by design", true));

        AuditDetails resubmitted = audits.myAudit().orElseThrow();
        assertThat(resubmitted.status()).isEqualTo(AuditStatus.IN_REVIEW);
        assertThat(resubmitted.rounds()).hasSize(2);
        assertThat(resubmitted.currentRound().changes()).singleElement().satisfies(change -> {
            assertThat(change.item()).isEqualTo(RubricItem.CUSTOM_URL);
            assertThat(change.evidenceChanged()).isTrue();
        });
        assertThat(fixtures.coachEmail(auditId)).isEqualTo(coachEmail);
        assertThat(task(auditId).getTaskDefinitionKey()).isEqualTo(ProfileAuditReviewProcess.COACH_REVIEW);

        fixtures.signIn(coachEmail);
        audits.approve(auditId, AuditFixtures.fullMarks(audits.audit(auditId)));
        assertThat(instances(auditId)).isZero();
    }

    @Test
    void the_coach_is_reminded_once_after_three_working_days_and_hr_told_after_five() {
        long auditId = fixtures.submitComplete(fixtures.person("Mette", Locale.ENGLISH));
        AuditDetails audit = asHr(auditId);
        Job reminder = timer(auditId, "coachReminderTimer");
        Job escalation = timer(auditId, "escalationTimer");
        Instant submitted = audit.currentRound().submittedAt();
        assertThat(reminder.getDuedate().toInstant()).isEqualTo(millis(sla.addWorkingDays(submitted, sla.coachReminderWorkingDays())));
        assertThat(escalation.getDuedate().toInstant()).isEqualTo(millis(sla.addWorkingDays(submitted, sla.escalationWorkingDays())));

        clock.moveTo(escalation.getDuedate().toInstant());
        fire(reminder);
        SystemUser.run(() -> steps.remindCoach(auditId));
        fire(escalation);

        assertThat(fixtures.notifications(audit.coach(), "audit.notification.coach-reminder")).isOne();
        long hrTold = jdbc.queryForObject("select count(*) from notification where message_key = ? and link = ?",
                Long.class, "audit.notification.escalated", "coach/audits/" + auditId);
        assertThat(hrTold).isGreaterThanOrEqualTo(1);
        assertThat(task(auditId).getTaskDefinitionKey()).isEqualTo(ProfileAuditReviewProcess.COACH_REVIEW);
        fixtures.signIn(AuditFixtures.HR);
        assertThat(audits.allAudits(new dev.podium.audit.AuditFilter(java.util.Set.of(), null, true), 0, 1000))
                .filteredOn(summary -> summary.auditId() == auditId).singleElement()
                .satisfies(summary -> assertThat(summary.slaBreached()).isTrue());
    }

    /**
     * The promise on every day of one week and across Copenhagen's daylight-saving changes (Podium counts in UTC, so
     * the changes must not move a deadline): a review submitted at {@code submitted} reminds the coach that many
     * calendar days later, at the same time of day, and tells HR that many days later. Weekends are skipped.
     */
    @ParameterizedTest(name = "submitted {0} ({1}): reminder +{2} days, escalation +{3} days")
    @CsvSource({
            "2026-11-30T09:15:00Z, Monday,    3, 7",
            "2026-12-01T09:15:00Z, Tuesday,   3, 7",
            "2026-12-02T09:15:00Z, Wednesday, 5, 7",
            "2026-12-03T11:47:25Z, Thursday,  5, 7",
            "2026-12-04T16:59:00Z, Friday,    5, 7",
            "2026-12-05T10:00:00Z, Saturday,  4, 6",
            "2026-12-06T23:30:00Z, Sunday,    3, 5",
            "2026-03-27T23:30:00Z, Friday before summer time, 5, 7",
            "2026-10-23T23:30:00Z, Friday before winter time, 5, 7"})
    void review_deadlines_fall_on_working_days_whatever_the_day_of_submission(Instant submittedAt, String day,
            int reminderDays, int escalationDays) {
        assertThat(sla.coachReminderWorkingDays()).as("the table assumes the default service levels").isEqualTo(3);
        assertThat(sla.escalationWorkingDays()).isEqualTo(5);
        assertThat(sla.holidays()).as("and no holiday in these weeks").noneMatch(holiday ->
                holiday.isAfter(submittedAt.atZone(ZoneOffset.UTC).toLocalDate().minusDays(1))
                        && holiday.isBefore(submittedAt.atZone(ZoneOffset.UTC).toLocalDate().plusDays(8)));
        clock.moveTo(submittedAt);
        long auditId = fixtures.submitComplete(fixtures.person("Mette", Locale.ENGLISH));
        Instant submitted = asHr(auditId).currentRound().submittedAt();

        Instant reminder = timer(auditId, "coachReminderTimer").getDuedate().toInstant();
        Instant escalation = timer(auditId, "escalationTimer").getDuedate().toInstant();

        assertThat(reminder).isEqualTo(millis(submitted.plus(Duration.ofDays(reminderDays))));
        assertThat(escalation).isEqualTo(millis(submitted.plus(Duration.ofDays(escalationDays))));
        assertThat(List.of(reminder, escalation)).allSatisfy(due -> assertThat(due.atZone(ZoneOffset.UTC)
                .getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
    }

    /** Flowable keeps a timer's due date to the millisecond. */
    private static Instant millis(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MILLIS);
    }

    @Test
    void the_employee_is_reminded_when_a_revision_waits_seven_days() {
        Person mette = fixtures.person("Mette", Locale.ENGLISH);
        long auditId = fixtures.submitComplete(mette);
        fixtures.signInAsCoachOf(auditId);
        Instant asked = clock.instant();
        audits.requestRevision(auditId, List.of(new CoachReview(RubricItem.FEATURED, null, "Feature your talk")));
        Job reminder = timer(auditId, "revisionReminderTimer");
        assertThat(reminder.getDuedate().toInstant()).isBetween(asked.plus(Duration.ofDays(7)).minusSeconds(1),
                asked.plus(Duration.ofDays(7)).plusSeconds(5));

        clock.advance(Duration.ofDays(7));
        fire(reminder);

        assertThat(fixtures.notifications(mette.id(), "audit.notification.revision-reminder")).isOne();
        assertThat(task(auditId).getTaskDefinitionKey()).isEqualTo(ProfileAuditReviewProcess.EMPLOYEE_REVISION);
    }

    @Test
    void hr_reassigns_the_open_review_task_to_another_coach() {
        long auditId = fixtures.submitComplete(fixtures.person("Mette", Locale.ENGLISH));
        Person newCoach = fixtures.person("Newcoach", Locale.ENGLISH, dev.podium.shared.Role.COACH);

        fixtures.signIn(AuditFixtures.HR);
        audits.reassign(auditId, newCoach.id());

        assertThat(task(auditId).getAssignee()).isEqualTo(Long.toString(newCoach.id().value()));
        assertThat(fixtures.notifications(newCoach.id(), "audit.notification.assigned")).isOne();
        fixtures.signIn(newCoach);
        audits.approve(auditId, AuditFixtures.fullMarks(audits.audit(auditId)));
        assertThat(instances(auditId)).isZero();
    }

    @Test
    void an_employee_who_leaves_has_their_open_audit_cancelled() {
        Person leaver = fixtures.person("Leaver", Locale.ENGLISH);
        long auditId = fixtures.submitComplete(leaver);

        fixtures.signIn(AuditFixtures.HR);
        employees.deactivate(leaver.id());

        assertThat(instances(auditId)).isZero();
        assertThat(audits.audit(auditId).status()).isEqualTo(AuditStatus.CANCELLED);
        assertThat(history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(ProfileAuditReviewProcess.KEY).processInstanceBusinessKey(Long.toString(auditId))
                .singleResult().getDeleteReason()).isEqualTo("employee left");
    }

    @Test
    void a_crash_in_a_step_rolls_back_and_leaves_the_task_in_place() {
        Person mette = fixtures.person("Mette", Locale.ENGLISH);
        long auditId = fixtures.submitComplete(mette);
        fixtures.signInAsCoachOf(auditId);
        audits.requestRevision(auditId, List.of(new CoachReview(RubricItem.FEATURED, null, "Feature your talk")));
        Task revision = task(auditId);
        // the assign-coach step will meet an audit that does not exist and fail
        runtime.setVariable(revision.getProcessInstanceId(), ProfileAuditReviewProcess.AUDIT_ID, -1L);

        assertThatThrownBy(() -> tasks.complete(revision.getId())).hasMessageContaining("audit.error.unknown");

        assertThat(task(auditId).getId()).isEqualTo(revision.getId());
        assertThat(asHr(auditId).status()).isEqualTo(AuditStatus.REVISION_REQUESTED);
    }

    private AuditDetails asHr(long auditId) {
        fixtures.signIn(AuditFixtures.HR);
        AuditDetails audit = audits.audit(auditId);
        AuditFixtures.signOut();
        return audit;
    }

    @Test
    void a_coach_takes_over_a_review_overdue_with_a_colleague_and_the_colleague_is_told() {
        // Faroese: these two coaches are the only ones who speak the employee's language
        Person first = fixtures.person("Fridrikur", FAROESE, Role.COACH);
        Person second = fixtures.person("Sunnvá", FAROESE, Role.COACH);
        try {
            long auditId = fixtures.submitComplete(fixtures.person("Turið", FAROESE));
            fixtures.signIn(AuditFixtures.HR);
            EmployeeId holder = audits.audit(auditId).coach();
            Person helper = holder.equals(first.id()) ? second : first;
            fixtures.signIn(helper);
            assertThatThrownBy(() -> audits.claim(auditId)).hasMessage("audit.error.not-overdue");
            assertThat(audits.overdueWithOtherCoaches(0, 50)).extracting(AuditSummary::auditId)
                    .doesNotContain(auditId);

            clock.advance(Duration.ofDays(8));
            assertThat(audits.overdueWithOtherCoaches(0, 50)).extracting(AuditSummary::auditId).contains(auditId);
            audits.claim(auditId);

            assertThat(task(auditId).getAssignee()).isEqualTo(Long.toString(helper.id().value()));
            assertThat(audits.myReviews(AuditFilter.open(), 0, 50)).extracting(AuditSummary::auditId)
                    .contains(auditId);
            assertThat(fixtures.notifications(holder, "audit.notification.claimed")).isOne();
            fixtures.signIn(holder.equals(first.id()) ? first : second);
            assertThat(audits.myReviews(AuditFilter.open(), 0, 50)).extracting(AuditSummary::auditId)
                    .doesNotContain(auditId);
            assertThatThrownBy(() -> audits.audit(auditId)).isInstanceOf(AccessDeniedException.class);
            fixtures.signIn(helper);
            audits.approve(auditId, AuditFixtures.fullMarks(audits.audit(auditId)));
            assertThat(instances(auditId)).isZero();
        } finally {
            retire(first, second);
        }
    }

    @Test
    void the_reviews_of_a_coach_who_leaves_go_to_another_coach() {
        Person first = fixtures.person("Hanus", FAROESE, Role.COACH);
        Person second = fixtures.person("Guðrun", FAROESE, Role.COACH);
        try {
            long auditId = fixtures.submitComplete(fixtures.person("Jógvan", FAROESE));
            fixtures.signIn(AuditFixtures.HR);
            EmployeeId leaving = audits.audit(auditId).coach();
            Person staying = leaving.equals(first.id()) ? second : first;

            employees.deactivate(leaving);

            assertThat(audits.audit(auditId).coach()).isEqualTo(staying.id());
            assertThat(task(auditId).getAssignee()).isEqualTo(Long.toString(staying.id().value()));
            assertThat(fixtures.notifications(staying.id(), "audit.notification.handed-over")).isOne();
            fixtures.signIn(staying);
            audits.approve(auditId, AuditFixtures.fullMarks(audits.audit(auditId)));
            assertThat(instances(auditId)).isZero();
        } finally {
            retire(first, second);
        }
    }

    /** Coaches made for one test leave again, so later tests choose among the usual coaches. */
    private void retire(Person... coaches) {
        fixtures.signIn(AuditFixtures.HR);
        for (Person coach : coaches) {
            if (employees.get(coach.id()).active()) {
                employees.deactivate(coach.id());
            }
        }
        AuditFixtures.signOut();
    }

    private Task task(long auditId) {
        return tasks.createTaskQuery().processDefinitionKey(ProfileAuditReviewProcess.KEY)
                .processInstanceBusinessKey(Long.toString(auditId)).singleResult();
    }

    private long instances(long auditId) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(ProfileAuditReviewProcess.KEY)
                .processInstanceBusinessKey(Long.toString(auditId)).count();
    }

    private Job timer(long auditId, String boundaryEvent) {
        String instance = runtime.createProcessInstanceQuery().processDefinitionKey(ProfileAuditReviewProcess.KEY)
                .processInstanceBusinessKey(Long.toString(auditId))
                .singleResult().getId();
        return management.createTimerJobQuery().processInstanceId(instance).list().stream()
                .filter(job -> job.getElementId().equals(boundaryEvent)).findFirst().orElseThrow();
    }

    /**
     * The engine's own clock is not the app's: once the app's clock has passed the due date, the test moves the
     * timer to the executable jobs and runs it here (the async executor is off in tests, so nothing races for it).
     */
    private void fire(Job timer) {
        assertThat(timer.getDuedate().toInstant()).isBeforeOrEqualTo(clock.instant());
        Job executable = management.moveTimerToExecutableJob(timer.getId());
        management.executeJob(executable.getId());
        assertThat(management.createJobQuery().jobId(executable.getId()).count()).as("job still waiting").isZero();
        assertThat(management.createDeadLetterJobQuery().jobId(executable.getId()).count()).as("job failed").isZero();
    }
}
