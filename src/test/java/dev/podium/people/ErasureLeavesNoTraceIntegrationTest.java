package dev.podium.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podium.AsHr;
import dev.podium.MutableClock;
import dev.podium.PodiumSpringTest;
import dev.podium.SignIn;
import dev.podium.activity.ActivityImportService;
import dev.podium.activity.LinkedInArchives;
import dev.podium.activity.LinkedInProfileArchives;
import dev.podium.activity.UploadedArchive;
import dev.podium.activity.VoiceTopic;
import dev.podium.activity.VoiceTopicService;
import dev.podium.audit.AuditService;
import dev.podium.audit.CoachReview;
import dev.podium.audit.ManualAnswers;
import dev.podium.audit.ProfileAuditApproved;
import dev.podium.coaching.CoachingService;
import dev.podium.coaching.process.CoachingTimers;
import dev.podium.learning.CourseCompleted;
import dev.podium.learning.LearningService;
import dev.podium.policy.PolicyPage;
import dev.podium.policy.PolicyService;
import dev.podium.security.AccountService;
import dev.podium.shared.CourseId;
import dev.podium.shared.CurrentUser;
import dev.podium.shared.EmployeeId;
import dev.podium.shared.Role;
import dev.podium.shared.SystemUser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The test with markers (issue 15): a person whose name, e-mail, posts, comments, voice topics, audit answers and
 * profile texts, practice submission, the coach's notes about them and a waiting upload all carry a unique marker —
 * who also coached somebody else and signed a comment with their name — is erased, on request and by the retention
 * job; then every text and binary column of every table (the application's and Flowable's {@code ACT_*}) and the
 * upload folder are scanned: the marker is nowhere, except the one place the README keeps on purpose (the name on an
 * issued certificate).
 */
@PodiumSpringTest
class ErasureLeavesNoTraceIntegrationTest {

    private static final CourseId BASICS = CourseId.of("journey-basics");
    private static final String HR = "hr@podium.local";
    /** Kept on purpose (README, Privacy): the name on an issued certificate, a credential its holder may show. */
    private static final Set<String> KEPT = Set.of("certificate.employee_name");

    @Autowired
    ErasureService erasures;
    @Autowired
    LeaverRetention retention;
    @Autowired
    EmployeeService employees;
    @Autowired
    ActivityImportService activity;
    @Autowired
    VoiceTopicService voiceTopics;
    @Autowired
    AuditService audits;
    @Autowired
    LearningService learning;
    @Autowired
    CoachingService coaching;
    @Autowired
    PolicyService policies;
    @Autowired
    CoachingTimers timers;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;
    @Value("${podium.activity.upload-dir}")
    Path uploads;

    // to build the service as it runs with podium.privacy.erasure.second-approval=true (one context for all tests)
    @Autowired
    EmployeeRepository employeeRepository;
    @Autowired
    AccountService accounts;
    @Autowired
    PersonalDataErasure erasure;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    JdbcClient jdbcClient;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    Clock appClock;
    @Autowired
    dev.podium.shared.AccessLog accessLog;

    @TempDir
    Path folder;

    @AfterEach
    void reset() {
        SignIn.out();
        clock.reset();
    }

    @Test
    void erasure_on_request_leaves_no_marker_in_any_column_of_any_table_nor_in_the_upload_folder() {
        Traces traces = seed();
        assertThat(markersIn(traces.marker())).as("the seed must leave markers to find").isNotEmpty();

        SignIn.as(users, HR);
        assertThat(erasures.requestErasure(traces.person(), "The person asked to be forgotten (ticket 4711)"))
                .isEqualTo(ErasureOutcome.ERASED);
        assertThat(erasures.isErased(traces.person())).isTrue();
        SignIn.out();

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM access_log WHERE action = 'PERSONAL_DATA_ERASED'"
                + " AND person_id = ? AND detail LIKE '%ticket 4711%'", Integer.class, traces.person().value()))
                .as("the HR audit log records the erasure with its reason").isEqualTo(1);
        assertNoTrace(traces);
    }

    @Test
    void the_retention_job_leaves_no_marker_in_any_column_of_any_table_nor_in_the_upload_folder() {
        Traces traces = seed();
        AsHr.run(() -> employees.deactivate(traces.person()));
        // the leaving date moves back rather than the clock forward: other tests' leavers stay within retention
        jdbc.update("UPDATE employee SET deactivated_at = ? WHERE id = ?",
                Timestamp.from(clock.instant().minus(Duration.ofDays(731))), traces.person().value());

        assertThat(SystemUser.call(retention::eraseExpired)).isPositive();

        assertNoTrace(traces);
    }

    @Test
    void with_second_approval_the_request_waits_and_only_another_hr_administrator_decides() {
        ErasureService twoPeople = new ErasureService(employeeRepository, accounts, erasure,
                new ErasureProperties(true), currentUser, events, jdbcClient, transactions, appClock, accessLog);
        EmployeeId first = person("Erin", "Erasure" + suffix(), EnumSet.of(Role.EMPLOYEE));
        EmployeeId second = person("Egon", "Erasure" + suffix(), EnumSet.of(Role.EMPLOYEE));
        String otherHr = email("approver");
        AsHr.run(() -> employees.register(new EmployeeDraft("Alma", "Approver", otherHr, null, null, "DK", null,
                EnumSet.of(Role.EMPLOYEE, Role.HR_ADMIN), Locale.ENGLISH)));

        SignIn.as(users, HR);
        assertThat(twoPeople.requestErasure(first, "Asked by e-mail")).isEqualTo(ErasureOutcome.PENDING);
        assertThat(twoPeople.requestErasure(second, "Asked in person")).isEqualTo(ErasureOutcome.PENDING);
        assertThat(twoPeople.isErased(first)).as("nothing goes before the approval").isFalse();
        ErasureRequest request = twoPeople.pendingFor(first).orElseThrow();
        assertThat(request.reason()).isEqualTo("Asked by e-mail");
        assertThatThrownBy(() -> twoPeople.approve(request.id())).isInstanceOf(PeopleRuleViolation.class)
                .hasMessageContaining("erasure.error.own-request");
        assertThatThrownBy(() -> twoPeople.requestErasure(first, "again"))
                .hasMessageContaining("erasure.error.already-pending");

        SignIn.as(users, otherHr);
        twoPeople.approve(request.id());
        twoPeople.reject(twoPeople.pendingFor(second).orElseThrow().id());

        assertThat(twoPeople.isErased(first)).isTrue();
        assertThat(twoPeople.isErased(second)).as("a rejected request erases nothing").isFalse();
        assertThat(twoPeople.pendingFor(second)).isEmpty();
        assertThat(jdbc.queryForList("SELECT status FROM erasure_request WHERE employee_id IN (?, ?) ORDER BY id",
                String.class, first.value(), second.value())).containsExactly("ERASED", "REJECTED");
        assertThatThrownBy(() -> twoPeople.approve(request.id())).hasMessageContaining("erasure.error.not-pending");
    }

    @Test
    void hr_gives_a_reason_cannot_erase_themselves_and_cannot_erase_twice() {
        EmployeeId someone = person("Ida", "Erasure" + suffix(), EnumSet.of(Role.EMPLOYEE));
        SignIn.as(users, HR);
        EmployeeId me = currentUser.employeeId();
        assertThatThrownBy(() -> erasures.requestErasure(someone, "  "))
                .hasMessageContaining("erasure.error.reason-required");
        assertThatThrownBy(() -> erasures.requestErasure(me, "I want to go"))
                .hasMessageContaining("erasure.error.self");
        assertThat(erasures.isErased(me)).isFalse();
        erasures.requestErasure(someone, "Asked by letter");
        assertThatThrownBy(() -> erasures.requestErasure(someone, "Asked by letter"))
                .hasMessageContaining("erasure.error.already-erased");
        SignIn.out();
        assertThatThrownBy(() -> SystemUser.call(() -> erasures.pending()))
                .as("HR only, not even the system").isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    // ---- the seed: every journey that stores something about the person

    record Traces(String marker, EmployeeId person, String fullName, long ownAudit, long ownProgramme,
            long participantAudit) {
    }

    private Traces seed() {
        String marker = "Zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10) + "Mk";
        String first = "Mira";
        String last = "Marker" + marker;
        String fullName = first + " " + last;
        String email = "mira." + marker.toLowerCase(Locale.ROOT) + "@erasure.podium.test";
        EmployeeId mira = AsHr.call(() -> employees.register(new EmployeeDraft(first, last, email, "Head of " + marker,
                null, "DK", null, EnumSet.of(Role.EMPLOYEE, Role.COACH), Locale.ENGLISH)));
        String coachEmail = email("coach");
        EmployeeId coach = person("Carl", "Coach" + suffix(), coachEmail, EnumSet.of(Role.EMPLOYEE, Role.COACH));
        String participantEmail = email("participant");
        EmployeeId participant = person("Pia", "Participant" + suffix(), participantEmail,
                EnumSet.of(Role.EMPLOYEE));

        // her profile audit: profile texts, answers and voice topics carry the marker; her coach comments on it
        SignIn.as(users, email);
        voiceTopics.saveMyVoiceTopics(List.of(new VoiceTopic("Privacy " + marker, List.of(marker), List.of()),
                new VoiceTopic("Open banking", List.of("open banking"), List.of()),
                new VoiceTopic("Security", List.of("security"), List.of())));
        long ownAudit = audits.submit("Basic_LinkedInDataExport.zip", new ByteArrayInputStream(
                LinkedInProfileArchives.complete().headline("Helping teams share what they know " + marker)
                        .summary("I write about privacy by design. " + marker).zip()),
                new ManualAnswers("https://www.linkedin.com/in/" + marker.toLowerCase(Locale.ROOT),
                        "A talk on " + marker, true));
        AsHr.run(() -> audits.reassign(ownAudit, coach));
        SignIn.as(users, coachEmail);
        audits.requestRevision(ownAudit, audits.audit(ownAudit).currentRound().items().stream()
                .filter(item -> item.coachMax() > 0)
                .map(item -> new CoachReview(item.item(), 0, "Tell more about " + marker + ", " + first)).toList());

        // her posts and comments, imported; and an archive she uploaded but never confirmed
        SignIn.as(users, email);
        LinkedInArchives archive = new LinkedInArchives();
        archive.post(clock.instant().minus(Duration.ofDays(2)), "What I learnt about " + marker + " this year.");
        archive.comment(clock.instant().minus(Duration.ofDays(1)), "Thanks, this is what " + marker + " needs.");
        importArchive(archive);
        activity.receiveUpload("feed-" + marker + ".xml", new ByteArrayInputStream(("<rss><channel><item><title>"
                + marker + "</title></item></channel></rss>").getBytes(StandardCharsets.UTF_8)));

        // a practice task she wrote, a quiz she answered (answers are option ids) and the guidelines she attested
        learning.enrol(BASICS, Locale.ENGLISH);
        learning.submitPractice(BASICS, "write-your-why", "Why I, " + fullName + ", share what I know about "
                + marker + ".", Locale.ENGLISH);
        learning.submitQuiz(BASICS, "check-yourself", Map.of("what-counts", Set.of("a"),
                "good-habits", Set.of("a", "b"), "supplier", Set.of("a")), Locale.ENGLISH);
        PolicyPage guidelines = policies.policy("social-media-guidelines", Locale.ENGLISH).orElseThrow();
        policies.attest("social-media-guidelines", guidelines.version(), guidelines.textSha256(), Locale.ENGLISH);
        SignIn.out();

        // her coaching programme up to the midpoint check-in, where her coach writes notes about her
        events.publishEvent(new CourseCompleted(mira, CourseId.of("social-media-guidelines"), "1", "hash", true, 90,
                clock.instant()));
        events.publishEvent(new ProfileAuditApproved(mira, ownAudit, 82, null, clock.instant()));
        long ownProgramme = AsHr.call(() -> coaching.assign(mira));
        AsHr.run(() -> coaching.reassignCoach(ownProgramme, coach));
        SignIn.as(users, coachEmail);
        coaching.agreeTopics(ownProgramme);
        timers.fire(ownProgramme, "midpointReached");
        coaching.recordMidpointCheckIn(ownProgramme, "Two posts on " + marker + "; " + first + " is on her way.");
        SignIn.out();

        // she coaches somebody else: approves their audit with a comment she signs with her name
        SignIn.as(users, participantEmail);
        long participantAudit = audits.submit("Basic_LinkedInDataExport.zip",
                new ByteArrayInputStream(LinkedInProfileArchives.complete().zip()),
                new ManualAnswers("https://www.linkedin.com/in/pia-participant", "A talk on open banking", true));
        AsHr.run(() -> audits.reassign(participantAudit, mira));
        SignIn.as(users, email);
        audits.approve(participantAudit, audits.audit(participantAudit).currentRound().items().stream()
                .filter(item -> item.coachMax() > 0)
                .map(item -> new CoachReview(item.item(), item.coachMax(), "Well done. " + fullName)).toList());
        SignIn.out();
        return new Traces(marker, mira, fullName, ownAudit, ownProgramme, participantAudit);
    }

    private void assertNoTrace(Traces traces) {
        assertThat(markersIn(traces.marker())).as("columns still holding the marker").isEmpty();
        assertThat(uploadsHolding(traces.marker())).as("uploads still holding the marker").isEmpty();
        // the engine keeps nothing of her processes either (their variables hold only ids, so look by business key)
        for (String table : List.of("ACT_RU_EXECUTION", "ACT_HI_PROCINST")) {
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE (BUSINESS_KEY_ = ?"
                    + " AND PROC_DEF_ID_ LIKE 'profileAuditReview:%') OR (BUSINESS_KEY_ = ?"
                    + " AND PROC_DEF_ID_ LIKE 'coachingProgramme:%')", Long.class, Long.toString(traces.ownAudit()),
                    Long.toString(traces.ownProgramme()))).as(table).isZero();
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ACT_HI_PROCINST WHERE BUSINESS_KEY_ = ?"
                + " AND PROC_DEF_ID_ LIKE 'profileAuditReview:%'", Long.class,
                Long.toString(traces.participantAudit()))).as("the history of somebody else's audit stays").isOne();
        // what is kept on purpose stays, without her name where it is somebody else's record
        assertThat(jdbc.queryForObject("SELECT coach_name FROM profile_audit WHERE id = ?", String.class,
                traces.participantAudit())).isEqualTo("Former coach");
        assertThat(jdbc.queryForList("SELECT DISTINCT coach_comment FROM profile_audit_item i JOIN profile_audit_round r"
                + " ON r.id = i.round_id WHERE r.audit_id = ? AND coach_comment IS NOT NULL", String.class,
                traces.participantAudit())).containsExactly("Well done. Former coach");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM practice_completion p JOIN enrolment e"
                + " ON e.id = p.enrolment_id WHERE e.employee_id = ?", Long.class, traces.person().value()))
                .as("that she did the task stays").isPositive();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM policy_attestation WHERE employee_id = ?", Long.class,
                traces.person().value())).as("the attestation is kept").isOne();
        assertThat(AsHr.call(() -> employees.get(traces.person())).fullName()).isEqualTo("Former employee");
    }

    /** Every text and binary column of every table of the database, application and Flowable alike. */
    private List<String> markersIn(String marker) {
        List<Map<String, Object>> columns = jdbc.queryForList("""
                SELECT table_name AS t, column_name AS c FROM information_schema.columns
                WHERE table_schema = DATABASE() AND data_type IN ('char', 'varchar', 'tinytext', 'text',
                    'mediumtext', 'longtext', 'json', 'binary', 'varbinary', 'tinyblob', 'blob', 'mediumblob',
                    'longblob')
                ORDER BY table_name, column_name""");
        assertThat(columns).extracting(row -> row.get("t").toString())
                .contains("employee", "activity_item", "notification", "ACT_HI_VARINST", "ACT_GE_BYTEARRAY");
        String pattern = "%" + marker.toLowerCase(Locale.ROOT) + "%";
        List<String> found = new ArrayList<>();
        for (Map<String, Object> column : columns) {
            String table = column.get("t").toString();
            String name = column.get("c").toString();
            Long hits = jdbc.queryForObject("SELECT COUNT(*) FROM `" + table + "` WHERE LOWER(CONVERT(`" + name
                    + "` USING utf8mb4)) LIKE ?", Long.class, pattern);
            if (hits != null && hits > 0 && !KEPT.contains(table + "." + name)) {
                found.add(table + "." + name + " (" + hits + ")");
            }
        }
        return found;
    }

    private List<Path> uploadsHolding(String marker) {
        if (!Files.isDirectory(uploads)) {
            return List.of();
        }
        String needle = marker.toLowerCase(Locale.ROOT);
        try (Stream<Path> paths = Files.walk(uploads)) {
            return paths.filter(path -> path.toString().toLowerCase(Locale.ROOT).contains(needle)
                    || Files.isRegularFile(path) && contains(path, needle)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean contains(Path file, String needle) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT)
                    .contains(needle);
        } catch (IOException e) {
            return false;
        }
    }

    private void importArchive(LinkedInArchives archive) {
        Path zip = archive.writeZip(folder, "Basic_LinkedInDataExport-" + suffix() + ".zip");
        try (InputStream in = Files.newInputStream(zip)) {
            UploadedArchive upload = activity.receiveUpload(zip.getFileName().toString(), in);
            activity.preview(upload, read -> { }).join();
            activity.confirm(upload, written -> { }).join();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private EmployeeId person(String first, String last, Set<Role> roles) {
        return person(first, last, email(first), roles);
    }

    private EmployeeId person(String first, String last, String email, Set<Role> roles) {
        return AsHr.call(() -> employees.register(new EmployeeDraft(first, last, email, null, null, "DK", null,
                roles, Locale.ENGLISH)));
    }

    private static String email(String who) {
        return who.toLowerCase(Locale.ROOT) + "." + suffix() + "@erasure.podium.test";
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
