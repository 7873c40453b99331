package dev.podium.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podium.AsHr;
import dev.podium.MutableClock;
import dev.podium.PodiumSpringTest;
import dev.podium.activity.VoiceTopicService;
import dev.podium.activity.LinkedInProfileArchives;
import dev.podium.audit.AuditFixtures.Person;
import dev.podium.people.EmployeeService;
import dev.podium.shared.Role;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Submitting, scoring and who may see an audit, on MariaDB with the real review process. */
@PodiumSpringTest
class AuditServiceIntegrationTest {

    @Autowired
    AuditService audits;
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

    AuditFixtures fixtures;

    @BeforeEach
    void setUp() {
        clock.reset();
        fixtures = new AuditFixtures(employees, users, activity, audits, jdbc);
    }

    @AfterEach
    void signOut() {
        AuditFixtures.signOut();
    }

    @Test
    void a_submitted_export_is_scored_with_evidence_and_the_coach_items_stay_open() {
        Person mette = fixtures.person("Mette", Locale.ENGLISH);
        long auditId = fixtures.submitComplete(mette);

        AuditDetails audit = audits.myAudit().orElseThrow();

        assertThat(audit.auditId()).isEqualTo(auditId);
        assertThat(audit.status()).isEqualTo(AuditStatus.IN_REVIEW);
        assertThat(audit.coach()).isNotNull();
        Map<RubricItem, ItemScore> items = audit.currentRound().items().stream()
                .collect(Collectors.toMap(ItemScore::item, Function.identity()));
        assertThat(items).hasSize(18);
        assertThat(items.get(RubricItem.HEADLINE).autoPoints()).isEqualTo(5);
        assertThat(items.get(RubricItem.HEADLINE).evidenceArguments()).containsExactly("91", "Data privacy");
        assertThat(items.get(RubricItem.NETWORK).evidenceArguments()).containsExactly("520");
        assertThat(items.get(RubricItem.RECOMMENDATIONS).evidenceArguments()).containsExactly("2");
        assertThat(audit.currentRound().autoPoints()).isEqualTo(68);
        assertThat(audit.currentRound().items()).allSatisfy(item -> assertThat(item.coachPoints()).isNull());
    }

    @Test
    void a_second_submission_while_the_coach_reviews_is_refused() {
        Person mette = fixtures.person("Mette", Locale.ENGLISH);
        fixtures.submitComplete(mette);

        assertThatThrownBy(() -> fixtures.submit(LinkedInProfileArchives.complete(), AuditFixtures.ANSWERS))
                .isInstanceOf(AuditRuleViolation.class).hasMessage("audit.error.in-review");
    }

    @Test
    void a_first_submission_needs_an_export() {
        fixtures.signIn(fixtures.person("Nils", Locale.ENGLISH));

        assertThatThrownBy(() -> audits.submit(null, null, AuditFixtures.ANSWERS))
                .isInstanceOf(AuditRuleViolation.class).hasMessage("audit.error.archive-required");
    }

    @Test
    void an_export_without_profile_files_is_refused_and_no_audit_is_created() {
        fixtures.signIn(fixtures.person("Olga", Locale.ENGLISH));

        assertThatThrownBy(() -> audits.submit("notes.txt",
                new ByteArrayInputStream("hello".getBytes(StandardCharsets.UTF_8)), AuditFixtures.ANSWERS))
                .isInstanceOf(dev.podium.activity.ArchiveRejected.class);
        assertThat(audits.myAudit()).isEmpty();
    }

    @Test
    void the_review_goes_to_a_coach_who_speaks_the_employees_language() {
        Person coach = fixtures.person("Sigrun", Locale.forLanguageTag("is"), Role.COACH);
        Person employee = fixtures.person("Gunnar", Locale.forLanguageTag("is"));

        long auditId = fixtures.submitComplete(employee);

        assertThat(audits.myAudit().orElseThrow().coach()).isEqualTo(coach.id());
        fixtures.signIn(coach);
        assertThat(audits.myReviews(AuditFilter.open(), 0, 50)).extracting(AuditSummary::auditId).contains(auditId);
    }

    @Test
    void another_employee_cannot_read_an_audit() {
        long auditId = fixtures.submitComplete(fixtures.person("Mette", Locale.ENGLISH));
        fixtures.signIn(fixtures.person("Peeping", Locale.ENGLISH));

        assertThatThrownBy(() -> audits.audit(auditId)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_coach_not_assigned_cannot_read_or_decide_an_audit() {
        long auditId = fixtures.submitComplete(fixtures.person("Mette", Locale.ENGLISH));
        fixtures.signIn(fixtures.person("Other", Locale.ENGLISH, Role.COACH));

        assertThatThrownBy(() -> audits.audit(auditId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> audits.approve(auditId, List.of())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> audits.requestRevision(auditId, List.of()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(audits.myReviews(AuditFilter.open(), 0, 50)).extracting(AuditSummary::auditId)
                .doesNotContain(auditId);
    }

    @Test
    void the_coach_no_longer_sees_an_audit_once_approved() {
        long auditId = fixtures.submitComplete(fixtures.person("Mette", Locale.ENGLISH));
        fixtures.signInAsCoachOf(auditId);
        audits.approve(auditId, AuditFixtures.fullMarks(audits.audit(auditId)));

        assertThatThrownBy(() -> audits.audit(auditId)).isInstanceOf(AccessDeniedException.class);
        assertThat(audits.myReviews(AuditFilter.open(), 0, 50)).extracting(AuditSummary::auditId)
                .doesNotContain(auditId);
    }

    @Test
    void the_previous_coach_no_longer_sees_an_audit_after_reassignment() {
        long auditId = fixtures.submitComplete(fixtures.person("Mette", Locale.ENGLISH));
        Person newCoach = fixtures.person("Newcoach", Locale.ENGLISH, Role.COACH);
        String previousCoach = fixtures.coachEmail(auditId);

        AsHr.run(() -> audits.reassign(auditId, newCoach.id()));

        fixtures.signIn(previousCoach);
        assertThatThrownBy(() -> audits.audit(auditId)).isInstanceOf(AccessDeniedException.class);
        fixtures.signIn(newCoach);
        assertThat(audits.audit(auditId).coach()).isEqualTo(newCoach.id());
    }

    @Test
    void hr_sees_the_workflow_of_an_audit_but_no_points_score_texts_or_answers() {
        long auditId = fixtures.submitComplete(fixtures.person("Mette", Locale.ENGLISH));
        fixtures.signIn(fixtures.person("Hanne", Locale.ENGLISH, Role.HR_ADMIN));

        AuditDetails seen = audits.audit(auditId);

        assertThat(seen.status()).isEqualTo(AuditStatus.IN_REVIEW);
        assertThat(seen.coach()).isNotNull();
        assertThat(seen.reviewDueAt()).isNotNull();
        assertThat(seen.textsShown()).isFalse();
        assertThat(seen.finalScore()).isNull();
        assertThat(seen.rounds()).singleElement().satisfies(round -> {
            assertThat(round.items()).as("no rubric items, so no points").isEmpty();
            assertThat(round.changes()).isEmpty();
            assertThat(round.answers().customUrl()).isEmpty();
        });
        AuditSummary listed = audits.allAudits(AuditFilter.open(), 0, 500).stream()
                .filter(summary -> summary.auditId() == auditId).findFirst().orElseThrow();
        assertThat(listed.status()).isEqualTo(AuditStatus.IN_REVIEW);
        assertThat(listed.coachName()).isNotBlank();
        assertThat(listed.points()).isNull();
        assertThat(listed.finalScore()).isNull();
    }

    @Test
    void hr_sees_no_score_of_an_approved_audit_and_a_line_manager_no_audit_at_all() {
        Person mette = fixtures.person("Mette", Locale.ENGLISH);
        long auditId = fixtures.submitComplete(mette);
        fixtures.signInAsCoachOf(auditId);
        int score = audits.approve(auditId, AuditFixtures.fullMarks(audits.audit(auditId)));
        assertThat(score).isPositive();

        fixtures.signIn(fixtures.person("Hanne", Locale.ENGLISH, Role.HR_ADMIN));
        assertThat(audits.audit(auditId).finalScore()).isNull();
        assertThat(audits.audit(auditId).rounds()).allSatisfy(round -> assertThat(round.items()).isEmpty());
        assertThat(audits.allAudits(new AuditFilter(java.util.Set.of(AuditStatus.APPROVED), null, false), 0, 500))
                .filteredOn(summary -> summary.auditId() == auditId).singleElement()
                .satisfies(summary -> assertThat(summary.finalScore()).isNull())
                .satisfies(summary -> assertThat(summary.points()).isNull());

        fixtures.signIn(fixtures.person("Lone", Locale.ENGLISH, Role.LINE_MANAGER));
        assertThatThrownBy(() -> audits.audit(auditId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> audits.allAudits(AuditFilter.open(), 0, 10))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_employee_cannot_list_every_audit_or_reassign() {
        fixtures.signIn(fixtures.person("Mette", Locale.ENGLISH));

        assertThatThrownBy(() -> audits.allAudits(AuditFilter.open(), 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> audits.reassign(1L, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> audits.myReviews(AuditFilter.open(), 0, 10)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void approving_needs_points_for_every_coach_item_within_its_range() {
        long auditId = fixtures.submitComplete(fixtures.person("Mette", Locale.ENGLISH));
        fixtures.signInAsCoachOf(auditId);

        assertThatThrownBy(() -> audits.approve(auditId, List.of(new CoachReview(RubricItem.FEATURED, 7, null))))
                .isInstanceOf(AuditRuleViolation.class).hasMessage("audit.error.score-every-coach-item");
        assertThatThrownBy(() -> audits.approve(auditId, List.of(new CoachReview(RubricItem.FEATURED, 8, null))))
                .isInstanceOf(AuditRuleViolation.class).hasMessage("audit.error.points-out-of-range");
        assertThat(audits.audit(auditId).status()).isEqualTo(AuditStatus.IN_REVIEW);
    }

    @Test
    void the_coachs_notifications_about_an_audit_stop_counting_once_it_is_decided() {
        Person mette = fixtures.person("Mette", Locale.ENGLISH);
        long auditId = fixtures.submitComplete(mette);
        AuditDetails submitted = audits.myAudit().orElseThrow();
        String unread = "select count(*) from notification where recipient_id = ? and dedup_key like ? and read_at is null";
        assertThat(jdbc.queryForObject(unread, Long.class, submitted.coach().value(), "audit-" + auditId + "-%"))
                .isPositive();

        fixtures.signInAsCoachOf(auditId);
        audits.approve(auditId, AuditFixtures.fullMarks(audits.audit(auditId)));

        assertThat(jdbc.queryForObject(unread, Long.class, submitted.coach().value(), "audit-" + auditId + "-%"))
                .isZero();
        // the employee's own news stays unread
        assertThat(jdbc.queryForObject(unread, Long.class, mette.id().value(), "audit-" + auditId + "-%")).isOne();
    }

    @Test
    void a_malformed_profile_address_is_refused_and_another_networks_archive_is_named_as_not_linkedin() {
        fixtures.signIn(fixtures.person("Olga", Locale.ENGLISH));

        assertThatThrownBy(() -> fixtures.submit(LinkedInProfileArchives.complete(),
                new ManualAnswers("linkedin/olga", "", false)))
                .isInstanceOf(AuditRuleViolation.class).hasMessage("audit.error.custom-url-malformed");
        assertThatThrownBy(() -> audits.checkExport("outbox.zip", new ByteArrayInputStream(
                zipOf("outbox.json", "{\"orderedItems\":[]}"))))
                .isInstanceOfSatisfying(dev.podium.activity.ArchiveRejected.class, rejected ->
                        assertThat(rejected.messageKey()).isEqualTo("activity.rejected.no-profile-files"));
        assertThat(audits.myAudit()).isEmpty();
    }

    @Test
    void a_resubmitted_round_starts_from_the_coachs_last_points_and_comments() {
        Person mette = fixtures.person("Mette", Locale.ENGLISH);
        long auditId = fixtures.submitComplete(mette);
        fixtures.signInAsCoachOf(auditId);
        audits.requestRevision(auditId, List.of(new CoachReview(RubricItem.FEATURED, 5, "Add your talk"),
                new CoachReview(RubricItem.HEADLINE, 3, null)));
        fixtures.signIn(mette);
        audits.submit(null, null, new ManualAnswers("https://www.linkedin.com/in/mette-writes-privacy",
                "My talk on privacy by design", true));

        fixtures.signInAsCoachOf(auditId);
        AuditDetails round2 = audits.audit(auditId);

        assertThat(round2.currentRound().number()).isEqualTo(2);
        assertThat(round2.startingReview(RubricItem.FEATURED)).isEqualTo(
                new CoachReview(RubricItem.FEATURED, 5, "Add your talk"));
        assertThat(round2.startingReview(RubricItem.HEADLINE).points()).isEqualTo(3);
        assertThat(round2.startingReview(RubricItem.ABOUT_QUALITY)).isEqualTo(
                new CoachReview(RubricItem.ABOUT_QUALITY, null, null));
        assertThat(round2.earlierEvidence(RubricItem.FEATURED)).hasValueSatisfying(before ->
                assertThat(before.evidenceArguments()).containsExactly("A talk on privacy by design"));
        assertThat(round2.earlierEvidence(RubricItem.NETWORK)).isEmpty();
    }

    private static byte[] zipOf(String name, String content) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
            zip.putNextEntry(new java.util.zip.ZipEntry(name));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    @Test
    void working_days_skip_the_weekend() {
        java.time.Instant friday = java.time.Instant.parse("2026-11-20T10:00:00Z");

        assertThat(AuditProperties.defaults().sla().addWorkingDays(friday, 3))
                .isEqualTo(java.time.Instant.parse("2026-11-25T10:00:00Z"));
    }

    @Test
    void working_days_skip_the_companys_holidays() {
        AuditProperties.Sla christmas = new AuditProperties.Sla(3, 5, 7, List.of(java.time.LocalDate.of(2026, 12, 24),
                java.time.LocalDate.of(2026, 12, 25)));
        java.time.Instant wednesday = java.time.Instant.parse("2026-12-23T09:00:00Z");

        // Thursday and Friday are holidays, Saturday and Sunday weekend: Monday, Tuesday, Wednesday count
        assertThat(christmas.addWorkingDays(wednesday, 3)).isEqualTo(java.time.Instant.parse("2026-12-30T09:00:00Z"));
    }
}
