package dev.podium.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podium.AsHr;
import dev.podium.PodiumSpringTest;
import dev.podium.SignIn;
import dev.podium.activity.Band;
import dev.podium.activity.SocialLeadershipIndexChanged;
import dev.podium.audit.ProfileAuditApproved;
import dev.podium.certificate.CertificateIssued;
import dev.podium.certificate.CertificateRevoked;
import dev.podium.learning.CourseCompleted;
import dev.podium.learning.CourseEnrolled;
import dev.podium.learning.LessonCompleted;
import dev.podium.people.DepartmentSummary;
import dev.podium.people.EmployeeDraft;
import dev.podium.people.EmployeeService;
import dev.podium.shared.Role;
import dev.podium.shared.CourseId;
import dev.podium.shared.EmployeeId;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

/**
 * The dashboard's figures as the read model keeps them from events: small groups hidden, redelivered events
 * counted once. Each test works in a department of its own.
 */
@PodiumSpringTest
class ReportingServiceIntegrationTest {

    private static final CourseId COURSE = CourseId.of("reporting-course");
    private static final AtomicLong CERTIFICATES = new AtomicLong(900_000_000L + ThreadLocalRandom.current()
            .nextInt(1_000_000));

    @Autowired
    ReportingService reporting;
    @Autowired
    EmployeeService employees;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    Clock clock;
    @Autowired
    dev.podium.activity.ActivityImportService activity;
    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService users;

    DepartmentSummary department;
    DashboardFilter mine;

    @BeforeEach
    void aDepartmentOfOurOwn() {
        department = AsHr.call(() -> employees.ensureDepartment(
                "Reporting " + ThreadLocalRandom.current().nextInt(1_000_000_000), "DK"));
        mine = new DashboardFilter(department.id(), null, null);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void a_department_smaller_than_the_minimum_group_size_shows_no_figures() {
        List<EmployeeId> four = people(4);
        four.forEach(this::enrol);

        Funnel funnel = AsHr.call(() -> reporting.funnel(mine));
        assertThat(funnel.population()).isNull();
        assertThat(funnel.stages()).allSatisfy(stage -> assertThat(stage.people()).isNull());
        Breakdown breakdown = AsHr.call(() -> reporting.breakdown(DashboardFilter.everyone(),
                Dimension.DEPARTMENT));
        assertThat(breakdown.groups()).extracting(Breakdown.Group::key)
                .doesNotContain(Long.toString(department.id()));
        assertThat(breakdown.hiddenGroups()).isPositive();
        assertThat(AsHr.call(() -> reporting.sliBands(mine)).population()).isNull();
        assertThat(AsHr.call(() -> reporting.consistencyTrend(mine)).weeks())
                .allSatisfy(week -> assertThat(week.activePeople()).isNull());
    }

    @Test
    void a_group_reaching_the_minimum_is_shown_while_its_smaller_stages_stay_hidden() {
        List<EmployeeId> five = people(5);
        five.subList(0, 4).forEach(this::enrol);

        Funnel funnel = AsHr.call(() -> reporting.funnel(mine));
        assertThat(funnel.population()).isEqualTo(5);
        assertThat(funnel.count(FunnelStage.ASSIGNED)).as("4 people assigned: a small group").isNull();
        assertThat(funnel.count(FunnelStage.AUDIT_APPROVED)).isZero();

        enrol(five.get(4));
        assertThat(AsHr.call(() -> reporting.funnel(mine)).count(FunnelStage.ASSIGNED)).isEqualTo(5);
        assertThat(AsHr.call(() -> reporting.breakdown(DashboardFilter.everyone(), Dimension.DEPARTMENT))
                .groups()).extracting(Breakdown.Group::key).contains(Long.toString(department.id()));
    }

    @Test
    void redelivered_events_are_counted_once() {
        List<EmployeeId> five = people(5);
        for (EmployeeId person : five) {
            for (int delivery = 0; delivery < 2; delivery++) {
                enrol(person);
                events.publishEvent(new LessonCompleted(person, COURSE, "one", clock.instant()));
                events.publishEvent(new CourseCompleted(person, COURSE, "1", "hash", true, 90, clock.instant()));
                events.publishEvent(new ProfileAuditApproved(person, 1, 84, person, clock.instant()));
                events.publishEvent(new CertificateIssued(person, certificateIdOf(person), COURSE.value(), null,
                        clock.instant(), today().plusDays(20)));
            }
        }
        Funnel funnel = AsHr.call(() -> reporting.funnel(mine));
        assertThat(funnel.stages()).extracting(Funnel.StageCount::people).containsOnly(5L);
        List<PersonProgress> list = AsHr.call(() -> reporting.people(mine, FunnelStage.CERTIFIED, true, 0, 50));
        assertThat(list).hasSize(5).allSatisfy(person -> {
            assertThat(person.coursesAssigned()).isEqualTo(1);
            assertThat(person.coursesCompleted()).isEqualTo(1);
            assertThat(person.reached()).isEqualTo(FunnelStage.CERTIFIED);
        });
        assertThat(AsHr.call(() -> reporting.certificateExpiry(mine)).buckets())
                .extracting(Distribution.Bucket::count).containsExactly(5L, 0L, 0L);
        assertThat(AsHr.call(() -> reporting.countExpiringCertificates(mine, 30))).isEqualTo(5);
        assertThat(AsHr.call(() -> reporting.auditScores(mine)).buckets())
                .filteredOn(bucket -> bucket.key().equals("80")).extracting(Distribution.Bucket::count)
                .containsExactly(5L);
    }

    @Test
    void a_revoked_or_renewed_certificate_no_longer_counts() {
        List<EmployeeId> five = people(5);
        List<Long> first = new ArrayList<>();
        for (EmployeeId person : five) {
            long id = CERTIFICATES.incrementAndGet();
            first.add(id);
            events.publishEvent(new CertificateIssued(person, id, COURSE.value(), null, clock.instant(),
                    today().plusDays(10)));
        }
        assertThat(AsHr.call(() -> reporting.funnel(mine)).count(FunnelStage.CERTIFIED)).isEqualTo(5);

        events.publishEvent(new CertificateRevoked(five.getFirst(), first.getFirst(), clock.instant()));
        assertThat(AsHr.call(() -> reporting.funnel(mine)).count(FunnelStage.CERTIFIED)).as("4: hidden")
                .isNull();
        assertThat(AsHr.call(() -> reporting.countPeople(mine, FunnelStage.CERTIFIED, false))).isEqualTo(1);

        // a renewal replaces the old certificate: one certificate per person again, expiring later
        events.publishEvent(new CertificateIssued(five.get(1), CERTIFICATES.incrementAndGet(), COURSE.value(),
                first.get(1), clock.instant(), today().plusDays(300)));
        assertThat(AsHr.call(() -> reporting.countExpiringCertificates(mine, 30))).isEqualTo(3);
        assertThat(AsHr.call(() -> reporting.countExpiringCertificates(mine, 365))).isEqualTo(4);
    }

    @Test
    void certificates_stop_counting_the_day_after_they_expire_without_any_event() {
        List<EmployeeId> five = people(5);
        for (EmployeeId person : five) {
            events.publishEvent(new CertificateIssued(person, CERTIFICATES.incrementAndGet(), COURSE.value(), null,
                    clock.instant(), today().plusDays(3)));
        }
        assertThat(AsHr.call(() -> reporting.funnel(mine)).count(FunnelStage.CERTIFIED)).isEqualTo(5);
        try {
            ((dev.podium.MutableClock) clock).advance(java.time.Duration.ofDays(4));
            assertThat(AsHr.call(() -> reporting.funnel(mine)).count(FunnelStage.CERTIFIED)).isZero();
        } finally {
            ((dev.podium.MutableClock) clock).reset();
        }
    }

    @Test
    void a_department_move_takes_the_person_s_figures_along() {
        List<EmployeeId> five = people(5);
        five.forEach(this::enrol);
        DepartmentSummary other = AsHr.call(() -> employees.ensureDepartment(
                "Reporting moved " + ThreadLocalRandom.current().nextInt(1_000_000_000), "DK"));
        AsHr.run(() -> {
            var details = employees.get(five.getFirst());
            var draft = details.draft();
            employees.update(five.getFirst(), new EmployeeDraft(draft.firstName(), draft.lastName(), draft.email(),
                    draft.jobTitle(), other.id(), draft.countryCode(), draft.lineManagerId(), draft.roles(),
                    draft.locale()));
        });
        // the move reaches the read model through people's EmployeeChanged, without any refresh
        assertThat(AsHr.call(() -> reporting.countPeople(mine, null, true))).isEqualTo(4);
        assertThat(AsHr.call(() -> reporting.funnel(mine)).population()).as("4: a small group").isNull();
        assertThat(AsHr.call(() -> reporting.countPeople(new DashboardFilter(other.id(), null, null),
                FunnelStage.ASSIGNED, true))).isEqualTo(1);
    }

    @Test
    void coverage_counts_people_whose_latest_attestation_is_the_current_version() {
        List<EmployeeId> six = people(6);
        AttestationCoverage before = AsHr.call(() -> reporting.attestationCoverage(mine)).getFirst();
        assertThat(before.attested()).isZero();
        for (EmployeeId person : six) {
            events.publishEvent(new dev.podium.policy.PolicyAttested(person, before.policyId(), "old",
                    clock.instant().minusSeconds(60)));
            events.publishEvent(new dev.podium.policy.PolicyAttested(person, before.policyId(),
                    before.currentVersion(), clock.instant()));
        }
        // a late copy of an older attestation does not replace the newer one
        events.publishEvent(new dev.podium.policy.PolicyAttested(six.getFirst(), before.policyId(), "old",
                clock.instant().minusSeconds(30)));
        AttestationCoverage after = AsHr.call(() -> reporting.attestationCoverage(mine)).stream()
                .filter(c -> c.policyId().equals(before.policyId())).findFirst().orElseThrow();
        assertThat(after.population()).isEqualTo(6);
        assertThat(after.attested()).isEqualTo(6);
    }

    @Test
    void the_consistency_trend_counts_the_people_active_in_each_week(@org.junit.jupiter.api.io.TempDir
            java.nio.file.Path folder) throws java.io.IOException {
        List<EmployeeId> five = people(5);
        for (EmployeeId person : five) {
            String email = AsHr.call(() -> employees.get(person).draft().email());
            SignIn.as(users, email);
            dev.podium.activity.LinkedInArchives archive = new dev.podium.activity.LinkedInArchives();
            archive.post(clock.instant().minus(java.time.Duration.ofHours(1)), dev.podium.activity.LinkedInArchives.POST);
            java.nio.file.Path zip = archive.writeZip(folder, "Trend" + person + "_LinkedInDataExport.zip");
            try (java.io.InputStream in = java.nio.file.Files.newInputStream(zip)) {
                var upload = activity.receiveUpload(zip.getFileName().toString(), in);
                activity.preview(upload, read -> { }).join();
                activity.confirm(upload, written -> { }).join();
            }
        }
        SignIn.out();
        WeeklyTrend trend = AsHr.call(() -> reporting.consistencyTrend(mine));
        assertThat(trend.population()).isEqualTo(5);
        // the posts were made an hour ago: this week (or last week, just after midnight on a Monday)
        assertThat(trend.weeks()).extracting(WeeklyTrend.Week::activePeople).containsOnly(0L, 5L).containsOnlyOnce(5L);
    }

    @Test
    void bands_count_each_person_once_with_their_latest_index() {
        List<EmployeeId> six = people(6);
        for (EmployeeId person : six) {
            events.publishEvent(new SocialLeadershipIndexChanged(person, 0, 20, Band.STARTING));
            events.publishEvent(new SocialLeadershipIndexChanged(person, 20, 75, Band.LEADING));
        }
        Distribution bands = AsHr.call(() -> reporting.sliBands(mine));
        assertThat(bands.population()).isEqualTo(6);
        assertThat(bands.buckets()).extracting(Distribution.Bucket::key, Distribution.Bucket::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("STARTING", 0L),
                        org.assertj.core.groups.Tuple.tuple("BUILDING", 0L),
                        org.assertj.core.groups.Tuple.tuple("LEADING", 6L));
    }

    @Test
    void the_dashboard_is_for_hr_only() {
        String email = "plain." + ThreadLocalRandom.current().nextInt(1_000_000_000) + "@reporting.podium.test";
        AsHr.run(() -> employees.register(new EmployeeDraft("Plain", "Person", email, null, null, "DK", null,
                EnumSet.of(Role.EMPLOYEE, Role.LINE_MANAGER, Role.COACH), Locale.ENGLISH)));
        SignIn.as(users, email);
        assertThatThrownBy(() -> reporting.funnel(mine))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> reporting.people(mine, null, true, 0, 10))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    private List<EmployeeId> people(int count) {
        List<EmployeeId> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String email = "rep." + ThreadLocalRandom.current().nextInt(1_000_000_000) + "@reporting.podium.test";
            ids.add(AsHr.call(() -> employees.register(new EmployeeDraft("Rita", "Report", email, null,
                    department.id(), "DK", null, EnumSet.of(Role.EMPLOYEE), Locale.ENGLISH))));
        }
        return ids;
    }

    private void enrol(EmployeeId person) {
        events.publishEvent(new CourseEnrolled(person, COURSE, person, null, clock.instant()));
    }

    private long certificateIdOf(EmployeeId person) {
        return 800_000_000L + person.value();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
