package dev.podium.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podium.AsHr;
import dev.podium.PodiumSpringTest;
import dev.podium.activity.Band;
import dev.podium.activity.SocialLeadershipIndexChanged;
import dev.podium.audit.ProfileAuditApproved;
import dev.podium.certificate.CertificateIssued;
import dev.podium.learning.CourseCompleted;
import dev.podium.learning.CourseEnrolled;
import dev.podium.learning.LessonCompleted;
import dev.podium.people.DepartmentSummary;
import dev.podium.people.EmployeeDraft;
import dev.podium.people.EmployeeService;
import dev.podium.policy.PolicyAttested;
import dev.podium.shared.Role;
import dev.podium.shared.CourseId;
import dev.podium.shared.EmployeeId;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The group figures move by deltas as events arrive (issue 17): concurrent events of one group end in exactly the
 * figures a full recompute gives, with no failed publication, and an event delivered again moves nothing.
 */
@PodiumSpringTest
class IncrementalGroupFiguresIntegrationTest {

    private static final CourseId COURSE = CourseId.of("incremental-course");
    private static final AtomicLong CERTIFICATES = new AtomicLong(800_000_000L + ThreadLocalRandom.current()
            .nextInt(1_000_000));

    @Autowired
    EmployeeService employees;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    ReadModel model;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    Clock clock;

    DepartmentSummary department;

    @BeforeEach
    void aDepartmentOfOurOwn() {
        department = AsHr.call(() -> employees.ensureDepartment(
                "Incremental " + ThreadLocalRandom.current().nextInt(1_000_000_000), "DK"));
    }

    @Test
    void concurrent_events_of_one_group_end_in_the_figures_a_full_recompute_gives() throws Exception {
        List<EmployeeId> people = people(24);
        long incompleteBefore = incompleteReportingPublications();
        List<Runnable> work = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            EmployeeId person = people.get(i);
            int score = 40 + i;
            work.add(() -> publish(new CourseEnrolled(person, COURSE, person, null, clock.instant())));
            work.add(() -> publish(new LessonCompleted(person, COURSE, "one", clock.instant())));
            work.add(() -> publish(new ProfileAuditApproved(person, 1, score, person, clock.instant())));
            work.add(() -> publish(new SocialLeadershipIndexChanged(person, 0, 50, Band.BUILDING)));
            work.add(() -> publish(new PolicyAttested(person, "incremental-policy", "v1", clock.instant())));
            if (i % 2 == 0) {
                work.add(() -> publish(new CourseCompleted(person, COURSE, "1", "hash", true, 90, clock.instant())));
                work.add(() -> publish(new CertificateIssued(person, CERTIFICATES.incrementAndGet(), COURSE.value(),
                        null, clock.instant(), LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusYears(1))));
            }
        }
        Collections.shuffle(work);
        try (ExecutorService threads = Executors.newFixedThreadPool(8)) {
            List<Future<?>> done = new ArrayList<>();
            work.forEach(task -> done.add(threads.submit(task)));
            for (Future<?> future : done) {
                future.get(); // rethrows a listener's failure, e.g. a deadlock
            }
        }

        assertThat(incompleteReportingPublications()).isEqualTo(incompleteBefore);
        List<Map<String, Object>> figures = groupRows();
        assertThat(figures).singleElement().satisfies(row -> {
            assertThat(row).containsEntry("population", 24).containsEntry("assigned", 24)
                    .containsEntry("started", 24).containsEntry("completed", 12).containsEntry("approved", 24)
                    .containsEntry("certified", 12).containsEntry("band_building", 24)
                    .containsEntry("score_40", 10).containsEntry("score_50", 10).containsEntry("score_60", 4);
        });
        assertThat(attestations()).isEqualTo(24);

        new TransactionTemplate(transactions).executeWithoutResult(status -> model.refreshAllGroups());
        assertThat(groupRows()).isEqualTo(figures);
        assertThat(attestations()).isEqualTo(24);
    }

    @Test
    void an_event_delivered_again_moves_no_figure() {
        List<EmployeeId> people = people(6);
        EmployeeId first = people.getFirst();
        List<Object> once = List.of(
                new CourseEnrolled(first, COURSE, first, null, clock.instant()),
                new LessonCompleted(first, COURSE, "one", clock.instant()),
                new CourseCompleted(first, COURSE, "1", "hash", true, 90, clock.instant()),
                new ProfileAuditApproved(first, 1, 77, first, clock.instant()),
                new SocialLeadershipIndexChanged(first, 0, 80, Band.LEADING),
                new PolicyAttested(first, "incremental-policy", "v1", clock.instant()),
                new CertificateIssued(first, CERTIFICATES.incrementAndGet(), COURSE.value(), null, clock.instant(),
                        null));
        once.forEach(this::publish);
        List<Map<String, Object>> figures = groupRows();
        long attested = attestations();

        once.forEach(this::publish);

        assertThat(groupRows()).isEqualTo(figures);
        assertThat(attestations()).isEqualTo(attested).isEqualTo(1);
        assertThat(figures).singleElement().satisfies(row -> assertThat(row).containsEntry("population", 6)
                .containsEntry("completed", 1).containsEntry("approved", 1).containsEntry("certified", 1)
                .containsEntry("score_70", 1).containsEntry("band_leading", 1));
    }

    /** As the publishing module does: in a transaction, so the registry keeps the publication until it completes. */
    private void publish(Object event) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> events.publishEvent(event));
    }

    private long incompleteReportingPublications() {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE COMPLETION_DATE IS NULL"
                + " AND LISTENER_ID LIKE '%ReportingListeners%'", Long.class);
        return count == null ? 0 : count;
    }

    private List<Map<String, Object>> groupRows() {
        return jdbc.queryForList("SELECT group_key, population, assigned, started, completed, approved, certified,"
                + " score_0, score_10, score_20, score_30, score_40, score_50, score_60, score_70, score_80, score_90,"
                + " band_starting, band_building, band_leading FROM reporting_group_figures WHERE department_id = ?"
                + " ORDER BY group_key", department.id());
    }

    private long attestations() {
        Long count = jdbc.queryForObject("SELECT COALESCE(SUM(attested), 0) FROM reporting_group_attestation"
                + " WHERE department_id = ? AND policy_id = 'incremental-policy'", Long.class, department.id());
        return count == null ? 0 : count;
    }

    private List<EmployeeId> people(int count) {
        List<EmployeeId> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String email = "inc." + ThreadLocalRandom.current().nextInt(1_000_000_000) + "@reporting.podium.test";
            ids.add(AsHr.call(() -> employees.register(new EmployeeDraft("Ivan", "Increment", email, null,
                    department.id(), "DK", null, EnumSet.of(Role.EMPLOYEE), Locale.ENGLISH))));
        }
        return ids;
    }
}
