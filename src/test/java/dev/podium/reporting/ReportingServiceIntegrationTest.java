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
        assertThat(AsHr.call(() -> reporting.certificateExpiry(mine)).population()).as("4: hidden").isNull();

        // a renewal replaces the old certificate: one certificate per person again, expiring later
        events.publishEvent(new CertificateIssued(five.get(1), CERTIFICATES.incrementAndGet(), COURSE.value(),
                first.get(1), clock.instant(), today().plusDays(300)));
        assertThat(AsHr.call(() -> reporting.certificateExpiry(mine)).population()).as("3 within 90 days: hidden")
                .isNull();
        // the 3 still expiring are a small group, so their names are not listed either
        assertThatThrownBy(() -> AsHr.call(() -> reporting.countExpiringCertificates(mine, 30)))
                .isInstanceOf(ReportingRuleViolation.class).hasMessage("reporting.error.small-group");
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
        assertThat(AsHr.call(() -> reporting.funnel(mine)).population()).as("4: a small group").isNull();
        assertThat(AsHr.call(() -> reporting.funnel(new DashboardFilter(other.id(), null, null)))
                .population()).as("1: a small group").isNull();
        AsHr.run(() -> employees.update(five.getFirst(), moved(employees.get(five.getFirst()).draft(),
                department.id())));
        assertThat(AsHr.call(() -> reporting.countPeople(mine, null, true))).as("back again").isEqualTo(5);
    }

    private static EmployeeDraft moved(EmployeeDraft draft, long departmentId) {
        return new EmployeeDraft(draft.firstName(), draft.lastName(), draft.email(), draft.jobTitle(), departmentId,
                draft.countryCode(), draft.lineManagerId(), draft.roles(), draft.locale());
    }

    // --- HR sees aggregates only: named lists only of groups the dashboard shows -------------------------------

    @Test
    void a_named_list_of_a_small_selection_or_a_hidden_stage_is_refused() {
        List<EmployeeId> four = people(4);
        four.forEach(this::enrol);
        // a crafted call for the suppressed selection: refused with a reason, not an empty list
        assertThatThrownBy(() -> AsHr.call(() -> reporting.people(mine, null, true, 0, 50)))
                .isInstanceOf(ReportingRuleViolation.class).hasMessage("reporting.error.small-group");
        assertThatThrownBy(() -> AsHr.call(() -> reporting.countPeople(mine, FunnelStage.ASSIGNED, true)))
                .isInstanceOf(ReportingRuleViolation.class).hasMessage("reporting.error.small-group");

        List<EmployeeId> more = people(2);
        more.forEach(this::enrol);
        events.publishEvent(new CourseCompleted(more.getFirst(), COURSE, "1", "hash", true, 90, clock.instant()));
        Funnel funnel = AsHr.call(() -> reporting.funnel(mine));
        assertThat(funnel.population()).isEqualTo(6);
        assertThat(funnel.count(FunnelStage.COURSES_COMPLETED)).as("1: hidden").isNull();
        // the list of the six enrolled would tell who the one who completed is: its course counts and status are
        // left out of every row alike
        assertThat(AsHr.call(() -> reporting.people(mine, FunnelStage.ASSIGNED, true, 0, 50))).hasSize(6)
                .allSatisfy(person -> {
                    assertThat(person.hiddenStages()).contains(FunnelStage.COURSES_COMPLETED)
                            .doesNotContain(FunnelStage.ASSIGNED);
                    assertThat(person.coursesCompleted()).isNull();
                    assertThat(person.coursesAssigned()).isNull();
                    assertThat(person.reached()).isNull();
                    assertThat(person.auditApproved()).as("0 approved: shown").isFalse();
                });
        assertThatThrownBy(() -> AsHr.call(() -> reporting.people(mine, FunnelStage.COURSES_COMPLETED, true, 0,
                50))).isInstanceOf(ReportingRuleViolation.class).hasMessage("reporting.error.small-group");
    }

    @Test
    void a_list_of_those_not_yet_at_a_stage_is_refused_when_subtraction_would_name_a_small_group() {
        List<EmployeeId> six = people(6);
        six.forEach(this::enrol);
        six.subList(0, 5).forEach(person -> events.publishEvent(new CourseCompleted(person, COURSE, "1", "hash",
                true, 90, clock.instant())));
        Funnel funnel = AsHr.call(() -> reporting.funnel(mine));
        assertThat(funnel.population()).isEqualTo(6);
        assertThat(funnel.count(FunnelStage.COURSES_COMPLETED)).isEqualTo(5);
        assertThat(AsHr.call(() -> reporting.countPeople(mine, FunnelStage.COURSES_COMPLETED, true))).isEqualTo(5);
        // 6 shown - 5 shown = the one who has not completed: a group of one, so no list of it
        assertThatThrownBy(() -> AsHr.call(() -> reporting.people(mine, FunnelStage.COURSES_COMPLETED, false, 0,
                50))).isInstanceOf(ReportingRuleViolation.class).hasMessage("reporting.error.small-group");
        assertThatThrownBy(() -> AsHr.call(() -> reporting.countPeople(mine, FunnelStage.COURSES_COMPLETED, false)))
                .isInstanceOf(ReportingRuleViolation.class).hasMessage("reporting.error.small-group");
    }

    @Test
    void a_named_list_leaves_out_the_people_of_a_group_the_breakdown_hides() {
        // one department, three countries: Norway 7, Denmark 6, Sweden 2. Sweden is a small group; hiding it
        // alone would let the total give it away, so Denmark (the next smallest) is hidden too
        List<EmployeeId> norway = people(7, "NO");
        List<EmployeeId> denmark = people(6, "DK");
        List<EmployeeId> sweden = people(2, "SE");
        Breakdown byCountry = AsHr.call(() -> reporting.breakdown(mine, Dimension.COUNTRY));
        assertThat(byCountry.groups()).extracting(Breakdown.Group::key).containsExactly("NO");
        assertThat(byCountry.hiddenGroups()).isEqualTo(2);
        assertThat(AsHr.call(() -> reporting.funnel(mine)).population()).isEqualTo(15);

        List<PersonProgress> named = AsHr.call(() -> reporting.people(mine, null, true, 0, 50));
        assertThat(named).extracting(PersonProgress::id).containsExactlyInAnyOrderElementsOf(norway)
                .doesNotContainAnyElementsOf(sweden).doesNotContainAnyElementsOf(denmark);
        assertThat(AsHr.call(() -> reporting.countPeople(mine, null, true))).isEqualTo(7);
    }

    @Test
    void a_certificate_list_needs_every_bucket_it_covers_shown() {
        List<EmployeeId> thirteen = people(13);
        for (int i = 0; i < thirteen.size(); i++) {
            // 6 expire within 30 days, 2 within 31-60, 5 within 61-90: the 2 are hidden, and the 5 with them
            events.publishEvent(new CertificateIssued(thirteen.get(i), CERTIFICATES.incrementAndGet(),
                    COURSE.value(), null, clock.instant(), today().plusDays(i < 6 ? 10 : i < 8 ? 45 : 75)));
        }
        Distribution expiry = AsHr.call(() -> reporting.certificateExpiry(mine));
        assertThat(expiry.population()).isEqualTo(13);
        assertThat(expiry.buckets()).extracting(Distribution.Bucket::count).containsExactly(6L, null, null);
        assertThat(AsHr.call(() -> reporting.countExpiringCertificates(mine, 30))).isEqualTo(6);
        assertThat(AsHr.call(() -> reporting.expiringCertificates(mine, 30, 0, 50))).hasSize(6);
        // within 60 or 90 days would list the 2 of the hidden bucket by name and date
        for (int days : new int[] {60, 90}) {
            assertThatThrownBy(() -> AsHr.call(() -> reporting.expiringCertificates(mine, days, 0, 50)))
                    .isInstanceOf(ReportingRuleViolation.class).hasMessage("reporting.error.small-group");
        }
        assertThatThrownBy(() -> AsHr.call(() -> reporting.countExpiringCertificates(mine, 365)))
                .isInstanceOf(ReportingRuleViolation.class).hasMessage("reporting.error.expiry-days");
    }

    @Test
    void audit_scores_and_the_index_reach_hr_as_group_averages_with_small_counts_hidden() {
        List<EmployeeId> six = people(6);
        int[] scores = {70, 75, 80, 85, 90};
        for (int i = 0; i < scores.length; i++) {
            events.publishEvent(new ProfileAuditApproved(six.get(i), 1, scores[i], six.get(5), clock.instant()));
        }
        for (EmployeeId person : six.subList(0, 3)) {
            events.publishEvent(new SocialLeadershipIndexChanged(person, 0, 40, Band.BUILDING));
        }
        GroupScores byDepartment = AsHr.call(() -> reporting.scoresByGroup(mine, Dimension.DEPARTMENT));
        assertThat(byDepartment.groups()).singleElement().satisfies(group -> {
            assertThat(group.population()).isEqualTo(6);
            assertThat(group.audited()).isEqualTo(5);
            assertThat(group.averageScore()).isEqualTo(80.0);
            assertThat(group.indexed()).as("3: hidden").isNull();
            assertThat(group.averageIndex()).as("hidden with its count").isNull();
        });

        DashboardFilter small = smallDepartment();
        assertThat(AsHr.call(() -> reporting.scoresByGroup(small, Dimension.DEPARTMENT)).groups()).isEmpty();
        assertThat(AsHr.call(() -> reporting.scoresByGroup(small, Dimension.DEPARTMENT)).hiddenGroups())
                .isEqualTo(1);
    }

    @Test
    void no_one_but_hr_reads_group_scores_and_a_line_manager_gets_no_named_lists() {
        String email = "lead." + ThreadLocalRandom.current().nextInt(1_000_000_000) + "@reporting.podium.test";
        AsHr.run(() -> employees.register(new EmployeeDraft("Lead", "Manager", email, null, department.id(), "DK",
                null, EnumSet.of(Role.EMPLOYEE, Role.LINE_MANAGER), Locale.ENGLISH)));
        SignIn.as(users, email);
        for (org.assertj.core.api.ThrowableAssert.ThrowingCallable read : List.<
                org.assertj.core.api.ThrowableAssert.ThrowingCallable>of(
                () -> reporting.scoresByGroup(mine, Dimension.DEPARTMENT), () -> reporting.auditScores(mine),
                () -> reporting.sliBands(mine), () -> reporting.countPeople(mine, null, true),
                () -> reporting.expiringCertificates(mine, 30, 0, 10), () -> reporting.coachWorkload())) {
            assertThatThrownBy(read).isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        }
    }

    private DashboardFilter smallDepartment() {
        DepartmentSummary tiny = AsHr.call(() -> employees.ensureDepartment(
                "Reporting tiny " + ThreadLocalRandom.current().nextInt(1_000_000_000), "DK"));
        for (int i = 0; i < 3; i++) {
            String email = "tiny." + ThreadLocalRandom.current().nextInt(1_000_000_000) + "@reporting.podium.test";
            EmployeeId id = AsHr.call(() -> employees.register(new EmployeeDraft("Tia", "Tiny", email, null,
                    tiny.id(), "DK", null, EnumSet.of(Role.EMPLOYEE), Locale.ENGLISH)));
            events.publishEvent(new ProfileAuditApproved(id, 1, 50 + i, id, clock.instant()));
        }
        return new DashboardFilter(tiny.id(), null, null);
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
        return people(count, "DK");
    }

    private List<EmployeeId> people(int count, String country) {
        List<EmployeeId> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String email = "rep." + ThreadLocalRandom.current().nextInt(1_000_000_000) + "@reporting.podium.test";
            ids.add(AsHr.call(() -> employees.register(new EmployeeDraft("Rita", "Report", email, null,
                    department.id(), country, null, EnumSet.of(Role.EMPLOYEE), Locale.ENGLISH))));
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
