package dev.podium.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podium.AsHr;
import dev.podium.MutableClock;
import dev.podium.PodiumSpringTest;
import dev.podium.SignIn;
import dev.podium.activity.ActivityImportService;
import dev.podium.activity.LinkedInArchives;
import dev.podium.activity.UploadedArchive;
import dev.podium.activity.VoiceTopic;
import dev.podium.activity.VoiceTopicService;
import dev.podium.audit.AuditFixtures;
import dev.podium.audit.AuditService;
import dev.podium.audit.CoachReview;
import dev.podium.certificate.CertificateService;
import dev.podium.coaching.CoachingService;
import dev.podium.coaching.process.CoachingTimers;
import dev.podium.learning.CourseCompleted;
import dev.podium.learning.LearningService;
import dev.podium.notification.NotificationService;
import dev.podium.people.EmployeeDraft;
import dev.podium.people.EmployeeService;
import dev.podium.policy.PolicyPage;
import dev.podium.policy.PolicyService;
import dev.podium.shared.CourseId;
import dev.podium.shared.EmployeeId;
import dev.podium.shared.Role;
import dev.podium.shared.SystemUser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * "My data": a person seeded through the real services with a marker in every kind of record finds every marker in
 * the zip's JSON and in its readable summary, and nothing of another person's; only they can download it.
 */
@PodiumSpringTest
class PersonalDataExportIntegrationTest {

    private static final Locale EN = Locale.ENGLISH;
    private static final CourseId BASICS = CourseId.of("journey-basics");
    private static final String GUIDELINES = "social-media-guidelines";
    private static final Map<String, Set<String>> WRONG = Map.of("what-counts", Set.of("b"),
            "good-habits", Set.of("a", "b"), "supplier", Set.of("a"));

    @Autowired
    PersonalDataExportService exports;
    @Autowired
    EmployeeService employees;
    @Autowired
    UserDetailsService users;
    @Autowired
    dev.podium.drafts.DraftService drafts;
    @Autowired
    LearningService learning;
    @Autowired
    ActivityImportService activity;
    @Autowired
    VoiceTopicService topics;
    @Autowired
    AuditService audits;
    @Autowired
    PolicyService policies;
    @Autowired
    CoachingService coaching;
    @Autowired
    CoachingTimers timers;
    @Autowired
    CertificateService certificates;
    @Autowired
    NotificationService notifications;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    @TempDir
    Path folder;

    @AfterEach
    void cleanUp() {
        SignIn.out();
        clock.reset();
    }

    @Test
    void every_kind_of_record_is_in_the_json_and_the_summary_and_nothing_of_anyone_else() throws IOException {
        String m = "mk" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Map<String, String> markers = new LinkedHashMap<>();
        for (String kind : List.of("name", "practice", "post", "topic", "featured", "comment", "note", "reason",
                "notice", "draft")) {
            markers.put(kind, kind + m);
        }
        Person anna = person("Anna", "Export" + markers.get("name"));
        SignIn.as(users, anna.email());

        // learning: an enrolment, a quiz answer and a practice submission
        learning.enrol(BASICS, EN);
        learning.submitQuiz(BASICS, "check-yourself", WRONG, EN);
        learning.submitPractice(BASICS, "write-your-why", "I share to learn: " + markers.get("practice"), EN);

        // drafts: a post drafted in two versions
        long draft = drafts.create(dev.podium.drafts.DraftKind.POST, "First post");
        drafts.save(draft, "First post", "A first try");
        drafts.save(draft, "First post", "What I learnt this week: " + markers.get("draft"));

        // activity: an import with a post's text, which also computes the index
        LinkedInArchives archive = new LinkedInArchives();
        archive.post(clock.instant().minus(Duration.ofDays(2)), LinkedInArchives.POST + " " + markers.get("post"));
        importArchive(archive);

        // audit: topics, a submitted round with the person's own answers, approved with a coach's comment
        topics.saveMyVoiceTopics(List.of(new VoiceTopic("Topic " + markers.get("topic"), List.of("privacy"),
                List.of()), new VoiceTopic("Open banking", List.of("open banking"), List.of()),
                new VoiceTopic("Security", List.of("security"), List.of())));
        long auditId = audits.submit("Basic_LinkedInDataExport.zip",
                new java.io.ByteArrayInputStream(dev.podium.activity.LinkedInProfileArchives.complete().zip()),
                new dev.podium.audit.ManualAnswers("https://www.linkedin.com/in/anna-export",
                        "A talk on " + markers.get("featured"), true));
        SignIn.as(users, emailOf(coachOfAudit(auditId)));
        List<CoachReview> reviews = new ArrayList<>(AuditFixtures.fullMarks(audits.audit(auditId)));
        CoachReview first = reviews.getFirst();
        reviews.set(0, new CoachReview(first.item(), first.points(), "Well done " + markers.get("comment")));
        audits.approve(auditId, reviews);

        // policy: an attestation
        SignIn.as(users, anna.email());
        PolicyPage page = policies.policy(GUIDELINES, EN).orElseThrow();
        policies.attest(GUIDELINES, page.version(), page.textSha256(), EN);

        // coaching: milestones (the course's completion as the learning module publishes it) and a coach's note
        events.publishEvent(new CourseCompleted(anna.id(), CourseId.of(GUIDELINES), "1", "hash", true, 90,
                clock.instant()));
        long programme = AsHr.call(() -> coaching.assign(anna.id()));
        SignIn.as(users, emailOf(coachOfProgramme(programme)));
        coaching.agreeTopics(programme);
        timers.fire(programme, "midpointReached");
        coaching.recordMidpointCheckIn(programme, "Good start " + markers.get("note"));

        // a certificate HR issued with a reason, and a notification
        AsHr.run(() -> certificates.issueManually(anna.id(), certificates.achievements(EN).getFirst().id(),
                "Issued for " + markers.get("reason")));
        SystemUser.run(() -> notifications.notify(anna.id(), "coaching.notification.stalled",
                List.of(markers.get("notice")), "coaching", null));

        // another person with records of their own
        String other = "zz" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Person ben = person("Ben", "Other" + other);
        SignIn.as(users, ben.email());
        learning.enrol(BASICS, EN);
        learning.submitPractice(BASICS, "write-your-why", "My reason " + other, EN);
        LinkedInArchives hers = new LinkedInArchives();
        hers.post(clock.instant().minus(Duration.ofDays(1)), LinkedInArchives.POST + " post" + other);
        importArchive(hers);
        SystemUser.run(() -> notifications.notify(ben.id(), "coaching.notification.stalled",
                List.of("notice" + other), "coaching", null));

        SignIn.as(users, anna.email());
        List<ExportProgress> progress = new ArrayList<>();
        PersonalDataExport export = exports.exportMine(step -> {
            synchronized (progress) {
                progress.add(step);
            }
        }).join();
        Map<String, String> zip = read(exports.openMine(export));

        String json = String.join("\n", zip.entrySet().stream().filter(e -> e.getKey().startsWith("data/"))
                .map(Map.Entry::getValue).toList());
        String html = zip.get("index.html");
        for (var marker : markers.entrySet()) {
            assertThat(json).as("the JSON holds the %s", marker.getKey()).contains(marker.getValue());
            assertThat(html).as("the summary holds the %s", marker.getKey()).contains(marker.getValue());
        }
        assertThat(json + html).doesNotContain(other);

        JsonMapper mapper = JsonMapper.builder().build();
        Map<String, JsonNode> sections = new LinkedHashMap<>();
        zip.forEach((name, text) -> {
            if (name.startsWith("data/")) {
                JsonNode section = mapper.readTree(text);
                sections.put(section.get("section").asString(), section.get("rows"));
            }
        });
        assertThat(sections.keySet()).contains("profile", "accounts", "enrolments", "quiz-answers",
                "practice-submissions", "activity-imports", "activity-items", "voice-topics", "index", "audits",
                "audit-rounds", "audit-items", "workflow-audits", "coaching-programmes", "coaching-milestones",
                "workflow-coaching", "attestations", "certificates", "notifications", "waves", "drafts",
                "draft-versions", "draft-threads", "draft-comments");
        assertThat(sections.get("draft-versions")).as("every kept version of the draft").hasSize(2);
        assertThat(sections.get("quiz-answers")).singleElement()
                .satisfies(row -> assertThat(row.get("lesson_id").asString()).isEqualTo("check-yourself"));
        assertThat(sections.get("index")).as("the index computed from the import").hasSize(1);
        assertThat(sections.get("attestations")).singleElement()
                .satisfies(row -> assertThat(row.get("policy_id").asString()).isEqualTo(GUIDELINES));
        assertThat(sections.get("coaching-milestones")).extracting(row -> row.get("milestone").asString())
                .contains("POLICY_ATTESTED", "PROFILE_AUDIT_APPROVED", "GUIDELINES_COURSE");
        assertThat(sections.get("workflow-audits")).as("the finished review, step by step")
                .anySatisfy(row -> {
                    assertThat(row.get("business_key").asString()).isEqualTo(Long.toString(auditId));
                    assertThat(row.get("process").asString()).isEqualTo("profileAuditReview");
                    assertThat(row.get("process_ended_at").isNull()).isFalse();
                });
        assertThat(sections.get("workflow-coaching")).extracting(row -> row.get("business_key").asString())
                .contains(Long.toString(programme));
        assertThat(sections.get("accounts")).singleElement().satisfies(row -> {
            assertThat(row.get("username").asString()).isEqualTo(anna.email());
            assertThat(row.has("password_hash")).isFalse();
        });
        assertThat(json).doesNotContain("{bcrypt}");

        JsonNode manifest = mapper.readTree(zip.get("manifest.json"));
        assertThat(manifest.get("sections")).hasSize(sections.size());
        assertThat(export.records()).isEqualTo(sections.values().stream().mapToLong(JsonNode::size).sum());
        assertThat(progress).isNotEmpty().last().satisfies(last -> assertThat(last.fraction()).isEqualTo(1.0));
        assertThat(html).contains("<h2>Practice tasks and submissions</h2>")
                .as("every section and column has its text").doesNotContain("!my-data.");

        // only its owner downloads it
        SignIn.as(users, ben.email());
        assertThatThrownBy(() -> exports.openMine(export)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_summary_is_in_the_persons_language() throws IOException {
        Person dana = person("Dana", "Sprog", Locale.forLanguageTag("da"));
        SignIn.as(users, dana.email());
        PersonalDataExport export = exports.exportMine(step -> { }).join();
        String html = read(exports.openMine(export)).get("index.html");
        assertThat(html).contains("<html lang=\"da\"").contains("<h2>Profil</h2>").contains("Fornavn")
                .contains("Dana").as("every section and column has its Danish text").doesNotContain("!my-data.");
    }

    // --- helpers

    record Person(EmployeeId id, String email) {
    }

    private Person person(String firstName, String lastName) {
        return person(firstName, lastName, EN);
    }

    private Person person(String firstName, String lastName, Locale language) {
        String email = firstName.toLowerCase(Locale.ROOT) + "." + UUID.randomUUID().toString().substring(0, 8)
                + "@export.podium.test";
        EmployeeId id = AsHr.call(() -> employees.register(new EmployeeDraft(firstName, lastName, email, null,
                null, "DK", null, EnumSet.of(Role.EMPLOYEE), language)));
        return new Person(id, email);
    }

    private void importArchive(LinkedInArchives archive) throws IOException {
        Path zip = archive.writeZip(folder, UUID.randomUUID() + "_LinkedInDataExport.zip");
        UploadedArchive upload;
        try (InputStream in = Files.newInputStream(zip)) {
            upload = activity.receiveUpload(zip.getFileName().toString(), in);
        }
        activity.preview(upload, read -> { }).join();
        activity.confirm(upload, written -> { }).join();
    }

    private EmployeeId coachOfAudit(long auditId) {
        return EmployeeId.of(jdbc.queryForObject("SELECT coach_id FROM profile_audit WHERE id = ?", Long.class,
                auditId));
    }

    private EmployeeId coachOfProgramme(long programme) {
        return EmployeeId.of(jdbc.queryForObject("SELECT coach_id FROM coaching_programme WHERE id = ?",
                Long.class, programme));
    }

    private String emailOf(EmployeeId id) {
        return AsHr.call(() -> employees.get(id).draft().email());
    }

    private static Map<String, String> read(InputStream zipped) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(zipped, StandardCharsets.UTF_8)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                zip.transferTo(bytes);
                entries.put(entry.getName(), bytes.toString(StandardCharsets.UTF_8));
            }
        }
        return entries;
    }
}
