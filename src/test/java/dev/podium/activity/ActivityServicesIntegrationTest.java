package dev.podium.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podium.AsHr;
import dev.podium.shared.SystemUser;
import dev.podium.PodiumSpringTest;
import dev.podium.SignIn;
import dev.podium.people.EmployeeDraft;
import dev.podium.people.EmployeeService;
import dev.podium.shared.Role;
import dev.podium.shared.EmployeeId;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The import path end to end on MariaDB: upload, preview, one-transaction import, re-import, index, events,
 * evidence for programme goals, voice topics and who may read what. Each test uses fresh people.
 */
@PodiumSpringTest
class ActivityServicesIntegrationTest {

    private static final Path ARCHIVES = Path.of("target", "activity-test-archives");
    private static final Path UPLOADS = Path.of("target", "activity-uploads");

    @Autowired
    ActivityImportService activity;

    @Autowired
    ActivityIndexService activityIndex;

    @Autowired
    VoiceTopicService voiceTopics;
    @Autowired
    EmployeeService employees;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;
    @Autowired
    ConfigurableApplicationContext context;

    /** Events as the module publishes them, from whichever thread; a listener added to the one shared context. */
    private final List<Object> events = new CopyOnWriteArrayList<>();
    private final ApplicationListener<ApplicationEvent> recorder = event -> {
        if (event instanceof PayloadApplicationEvent<?> payload) {
            events.add(payload.getPayload());
        }
    };

    @BeforeEach
    void listen() {
        context.addApplicationListener(recorder);
    }

    @AfterEach
    void stopListening() {
        context.removeApplicationListener(recorder);
        SignIn.out();
    }

    @Test
    void an_archive_is_previewed_without_storing_then_imported_once_and_the_same_archive_again_adds_nothing() {
        Person ada = person("Ada", Role.EMPLOYEE);
        Instant now = clock.instant();
        LinkedInArchives archive = new LinkedInArchives();
        archive.post(now.minus(Duration.ofDays(1)), LinkedInArchives.POST);
        archive.post(now.minus(Duration.ofDays(9)), LinkedInArchives.POST + "\nSecond line of the same post.");
        archive.reshare(now.minus(Duration.ofDays(3)), "https://www.podium.example/news/1");
        archive.comment(now.minus(Duration.ofDays(2)), LinkedInArchives.COMMENT);
        archive.comment(now.minus(Duration.ofDays(2)), "Thanks \"Bo\"!");
        archive.reaction(now.minus(Duration.ofDays(4)), "PRAISE");
        Path zip = archive.writeZip(ARCHIVES, "Basic_LinkedInDataExport_" + UUID.randomUUID() + ".zip");

        SignIn.as(users, ada.email());
        UploadedArchive upload = upload(zip);
        ImportPreview preview = activity.preview(upload, read -> { }).join();

        assertThat(preview.report().source()).isEqualTo(ActivitySource.LINKEDIN);
        assertThat(preview.items()).isEqualTo(6);
        assertThat(preview.report().totals()).containsEntry(ActivityKind.POST, 2).containsEntry(ActivityKind.COMMENT, 2)
                .containsEntry(ActivityKind.REACTION, 1);
        assertThat(preview.classifications()).containsEntry(Classification.OWN_POST, 2)
                .containsEntry(Classification.SUBSTANTIVE_COMMENT, 1);
        assertThat(preview.lastImport()).isNull();
        assertThat(itemRows(ada)).as("a preview stores nothing").isZero();

        ImportResult first = activity.confirm(upload, written -> { }).join();

        assertThat(first.read()).isEqualTo(6);
        assertThat(first.added()).isEqualTo(6);
        assertThat(itemRows(ada)).isEqualTo(6);
        assertThat(uploadsOf(ada)).as("the upload is deleted after the import").isEmpty();
        assertThat(events).contains(new ActivityImported(ada.id(), ActivitySource.LINKEDIN, 6, first.importedAt()));
        assertThat(events).contains(new SocialLeadershipIndexChanged(ada.id(), 0, first.index().total(),
                first.index().band()));
        assertThat(activityIndex.myVoice().lastImport().itemsAdded()).isEqualTo(6);
        assertThat(activityIndex.myItems(0, 50)).hasSize(6).first()
                .satisfies(item -> assertThat(item.occurredAt()).isAfter(now.minus(Duration.ofDays(2))));
        assertThat(activityIndex.myItems(0, 50)).extracting(MyActivityItem::text)
                .contains(LinkedInArchives.POST + "\nSecond line of the same post.");

        events.clear();
        UploadedArchive again = upload(zip);
        assertThat(activity.preview(again, read -> { }).join().lastImport()).isNotNull();
        ImportResult second = activity.confirm(again, written -> { }).join();

        assertThat(second.read()).isEqualTo(6);
        assertThat(second.added()).isZero();
        assertThat(second.previousTotal()).isEqualTo(first.index().total());
        assertThat(itemRows(ada)).isEqualTo(6);
        assertThat(events).contains(new ActivityImported(ada.id(), ActivitySource.LINKEDIN, 0, second.importedAt()));
    }

    @Test
    void a_newer_archive_adds_only_what_happened_since() {
        Person bo = person("Bo", Role.EMPLOYEE);
        Instant now = clock.instant();
        LinkedInArchives older = new LinkedInArchives();
        older.post(now.minus(Duration.ofDays(20)), LinkedInArchives.POST);
        older.comment(now.minus(Duration.ofDays(19)), LinkedInArchives.COMMENT);
        LinkedInArchives newer = older.copy();
        newer.post(now.minus(Duration.ofDays(1)), LinkedInArchives.POST + " Again, with news.");
        newer.reaction(now.minus(Duration.ofHours(5)), "LIKE");

        SignIn.as(users, bo.email());
        assertThat(importArchive(older.writeZip(ARCHIVES, "older-" + UUID.randomUUID() + ".zip")).added())
                .isEqualTo(2);
        ImportResult result = importArchive(newer.writeZip(ARCHIVES, "newer-" + UUID.randomUUID() + ".zip"));

        assertThat(result.read()).isEqualTo(4);
        assertThat(result.added()).isEqualTo(2);
        assertThat(itemRows(bo)).isEqualTo(4);
    }

    @Test
    void random_bytes_are_refused_with_the_file_named_and_leave_nothing_behind() throws IOException {
        Person cy = person("Cy", Role.EMPLOYEE);
        byte[] noise = new byte[64 * 1024];
        new Random(4).nextBytes(noise);
        Path file = ARCHIVES.resolve("noise-" + UUID.randomUUID() + ".zip");
        Files.createDirectories(ARCHIVES);
        Files.write(file, noise);
        long importsBefore = completedImports(cy);

        SignIn.as(users, cy.email());
        UploadedArchive upload = upload(file);
        assertThatThrownBy(() -> activity.preview(upload, read -> { }).join())
                .isInstanceOf(CompletionException.class).cause()
                .isInstanceOfSatisfying(ArchiveRejected.class, rejected -> {
                    assertThat(rejected.messageKey()).startsWith("activity.rejected.");
                    assertThat(rejected.getMessage()).contains(file.getFileName().toString());
                });
        assertThat(itemRows(cy)).isZero();
        assertThat(completedImports(cy)).isEqualTo(importsBefore);
        assertThat(uploadsOf(cy)).as("a refused upload is deleted").isEmpty();
        assertThat(rejectedImports(cy)).as("the refusal is logged").isEqualTo(1);
    }

    @Test
    void an_archive_that_turns_bad_halfway_rolls_back_every_row_it_had_written() {
        Person di = person("Di", Role.EMPLOYEE);
        Instant now = clock.instant();
        LinkedInArchives archive = new LinkedInArchives();
        // more than one JDBC chunk of shares is written before the broken comments file is reached
        for (int i = 0; i < ItemStore.CHUNK + 500; i++) {
            archive.post(now.minus(Duration.ofMinutes(10L * i + 1)), LinkedInArchives.POST);
        }
        Map<String, String> files = new LinkedHashMap<>(archive.files());
        files.put("Basic_LinkedInDataExport/Comments_123456.csv",
                "Date,Link,Message\n2026-01-02 10:00:00,https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A1,\"ok\"\n"
                        + "the day before yesterday,https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A2,\"x\"\n");
        Path zip = LinkedInArchives.zip(ARCHIVES.resolve("halfway-" + UUID.randomUUID() + ".zip"), files);
        long allRowsBefore = jdbc.queryForObject("SELECT COUNT(*) FROM activity_item", Long.class);

        SignIn.as(users, di.email());
        UploadedArchive upload = upload(zip);
        // straight to confirm: the import itself must be all-or-nothing, not only the preview that usually comes first
        assertThatThrownBy(() -> activity.confirm(upload, written -> { }).join())
                .cause().isInstanceOfSatisfying(ArchiveRejected.class, rejected -> {
                    assertThat(rejected.fileName()).contains("Comments_123456.csv");
                    assertThat(rejected.line()).isEqualTo(3);
                });

        assertThat(itemRows(di)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM activity_item", Long.class)).isEqualTo(allRowsBefore);
        assertThat(completedImports(di)).isZero();
        assertThat(snapshotRows(di)).isZero();
        assertThat(events).noneMatch(event -> event instanceof ActivityImported imported
                && imported.employee().equals(di.id()));
        assertThat(uploadsOf(di)).isEmpty();
    }

    @Test
    void an_abandoned_upload_is_deleted_and_cannot_be_confirmed_afterwards() {
        Person eve = person("Eve", Role.EMPLOYEE);
        LinkedInArchives archive = new LinkedInArchives();
        archive.post(clock.instant().minus(Duration.ofDays(1)), LinkedInArchives.POST);
        SignIn.as(users, eve.email());
        UploadedArchive upload = upload(archive.writeZip(ARCHIVES, "abandoned-" + UUID.randomUUID() + ".zip"));
        assertThat(uploadsOf(eve)).hasSize(1);

        activity.discard(upload);

        assertThat(uploadsOf(eve)).isEmpty();
        assertThatThrownBy(() -> activity.confirm(upload, written -> { }))
                .isInstanceOfSatisfying(ActivityRuleViolation.class,
                        violation -> assertThat(violation.messageKey()).isEqualTo("activity.ui.upload.gone"));
    }

    @Test
    void evidence_answers_the_practice_tasks_and_goals_from_counts() {
        Person fay = person("Fay", Role.EMPLOYEE);
        Instant now = clock.instant();
        LinkedInArchives archive = new LinkedInArchives();
        // original posts in 4 different weeks of the last 6 (this week included), 3 substantive comments
        for (int week : new int[] {0, 1, 3, 5}) {
            archive.post(now.minus(Duration.ofDays(7L * week)), LinkedInArchives.POST);
        }
        archive.post(now.minus(Duration.ofDays(7L * 20)), LinkedInArchives.POST);
        for (int i = 0; i < 3; i++) {
            archive.comment(now.minus(Duration.ofDays(i + 1)), LinkedInArchives.COMMENT);
        }
        archive.comment(now.minus(Duration.ofDays(1)), "Nice!");
        SignIn.as(users, fay.email());
        importArchive(archive.writeZip(ARCHIVES, "evidence-" + UUID.randomUUID() + ".zip"));

        ActivityEvidence evidence = activityIndex.evidenceFor(fay.id());

        assertThat(evidence.originalPost()).isTrue();
        assertThat(evidence.substantiveComments()).isEqualTo(3);
        assertThat(evidence.weeksWithOriginalPostsInLast6()).isEqualTo(4);
        assertThat(evidence.voiceTopicsChosen()).isFalse();
        assertThat(evidence.socialLeadershipIndex()).isEqualTo(activityIndex.myVoice().index().total());
        assertThat(evidence.provides(ActivityEvidence.ORIGINAL_POST)).isTrue();
        assertThat(evidence.provides(ActivityEvidence.SUBSTANTIVE_COMMENTS)).isTrue();
        assertThat(evidence.provides(ActivityEvidence.CONSISTENT_WEEKS)).isTrue();
        assertThat(evidence.provides(ActivityEvidence.VOICE_TOPICS)).isFalse();
        assertThat(evidence.provides("profile-photo")).isFalse();

        assertThat(activityIndex.meets(fay.id(), ActivityGoal.originalPostWeeks(4, 6))).isTrue();
        assertThat(activityIndex.meets(fay.id(), ActivityGoal.originalPostWeeks(5, 6))).isFalse();
        assertThat(activityIndex.meets(fay.id(), ActivityGoal.originalPosts(5, 12))).isFalse();
        assertThat(activityIndex.meets(fay.id(), ActivityGoal.originalPosts(5, 30))).isTrue();
        assertThat(activityIndex.meets(fay.id(), ActivityGoal.substantiveComments(3, 2))).isTrue();
        assertThat(activityIndex.meets(fay.id(), ActivityGoal.substantiveComments(4, 12))).isFalse();
        assertThat(activityIndex.meets(fay.id(), ActivityGoal.sliAtLeast(evidence.socialLeadershipIndex()))).isTrue();
        assertThat(activityIndex.meets(fay.id(), ActivityGoal.sliAtLeast(evidence.socialLeadershipIndex() + 1)))
                .isFalse();
        var index = activityIndex.myVoice().index();
        int active = index.activeWeeks();
        assertThat(active).isPositive();
        assertThat(activityIndex.meets(fay.id(), ActivityGoal.activeWeeks(active))).isTrue();
        assertThat(activityIndex.meets(fay.id(), ActivityGoal.activeWeeks(active + 1))).isFalse();
        assertThat(activityIndex.meets(fay.id(), ActivityGoal.originalityAtLeast(index.originality().score()))).isTrue();
        if (index.originality().score() < 25) {
            assertThat(activityIndex.meets(fay.id(), ActivityGoal.originalityAtLeast(index.originality().score() + 1)))
                    .isFalse();
        }

        events.clear();
        voiceTopics.saveMyVoiceTopics(topics(3));
        assertThat(events).contains(new VoiceTopicsChosen(fay.id(), 3));
        assertThat(activityIndex.evidenceFor(fay.id()).provides(ActivityEvidence.VOICE_TOPICS)).isTrue();
        assertThat(activityIndex.meets(fay.id(), ActivityGoal.voiceTopics(3))).isTrue();

        // the learning module asks from an event listener as the system
        SignIn.out();
        assertThat(SystemUser.call(() -> activityIndex.evidenceFor(fay.id())).substantiveComments()).isEqualTo(3);
    }

    @Test
    void nobody_but_the_employee_reads_their_texts_and_a_coach_asks_only_about_their_own_participants() {
        Person gus = person("Gus", Role.EMPLOYEE);
        Person hal = person("Hal", Role.EMPLOYEE);
        Person coach = person("Ivy", Role.COACH);
        Person manager = person("Jon", Role.LINE_MANAGER);
        LinkedInArchives archive = new LinkedInArchives();
        archive.post(clock.instant().minus(Duration.ofDays(1)), LinkedInArchives.POST);
        SignIn.as(users, gus.email());
        importArchive(archive.writeZip(ARCHIVES, "private-" + UUID.randomUUID() + ".zip"));
        assertThat(activityIndex.myItems(0, 10)).hasSize(1);

        SignIn.as(users, hal.email());
        assertThat(activityIndex.myItems(0, 10)).as("another employee sees only their own (none)").isEmpty();
        assertThatThrownBy(() -> activityIndex.evidenceFor(gus.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> activityIndex.meets(gus.id(), ActivityGoal.sliAtLeast(1)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(activityIndex.evidenceFor(hal.id()).originalPost()).as("about themself").isFalse();

        // a coach not assigned to Gus in an open programme reads nothing of his (CoachingAccessIntegrationTest has
        // the assigned coach, who reads)
        SignIn.as(users, coach.email());
        assertThatThrownBy(() -> activityIndex.evidenceFor(gus.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> activityIndex.weeksOf(gus.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> activityIndex.conversationsOf(gus.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> activityIndex.meets(gus.id(), ActivityGoal.sliAtLeast(1)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> activityIndex.myItems(0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> activityIndex.myVoice()).isInstanceOf(AccessDeniedException.class);

        SignIn.as(users, manager.email());
        assertThatThrownBy(() -> activityIndex.evidenceFor(gus.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> activityIndex.myItems(0, 10)).isInstanceOf(AccessDeniedException.class);

        // HR sees activity only as group aggregates on the dashboard, never one person's
        AsHr.run(() -> {
            assertThatThrownBy(() -> activityIndex.evidenceFor(gus.id())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> activityIndex.weeksOf(gus.id())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> activityIndex.conversationsOf(gus.id()))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> activityIndex.meets(gus.id(), ActivityGoal.sliAtLeast(1)))
                    .isInstanceOf(AccessDeniedException.class);
        });
    }

    @Test
    void voice_topics_are_three_to_five_with_labels_and_clean_hashtags() {
        Person kim = person("Kim", Role.EMPLOYEE);
        SignIn.as(users, kim.email());

        assertThatThrownBy(() -> voiceTopics.saveMyVoiceTopics(topics(2)))
                .isInstanceOfSatisfying(ActivityRuleViolation.class, violation -> {
                    assertThat(violation.field()).isEqualTo("topics");
                    assertThat(violation.messageKey()).isEqualTo("activity.ui.topics.error.count");
                });
        assertThatThrownBy(() -> voiceTopics.saveMyVoiceTopics(topics(6)))
                .hasMessageContaining("activity.ui.topics.error.count");
        List<VoiceTopic> unlabelled = new ArrayList<>(topics(3));
        unlabelled.set(1, new VoiceTopic(" ", List.of("heat pumps"), List.of()));
        assertThatThrownBy(() -> voiceTopics.saveMyVoiceTopics(unlabelled))
                .isInstanceOfSatisfying(ActivityRuleViolation.class, violation -> {
                    assertThat(violation.field()).isEqualTo("topic.2.label");
                    assertThat(violation.messageKey()).isEqualTo("activity.ui.topics.error.label-required");
                });
        List<VoiceTopic> badTag = new ArrayList<>(topics(3));
        badTag.set(0, new VoiceTopic("Energy", List.of(), List.of("#green energy!")));
        assertThatThrownBy(() -> voiceTopics.saveMyVoiceTopics(badTag))
                .hasMessageContaining("activity.ui.topics.error.hashtag");
        assertThat(voiceTopics.myVoiceTopics()).as("nothing saved by refused attempts").isEmpty();

        List<VoiceTopic> messy = new ArrayList<>(topics(3));
        messy.add(new VoiceTopic("", List.of(" "), List.of()));
        messy.set(0, new VoiceTopic("  Energy ", List.of(" heat pumps ", "Heat Pumps", ""), List.of("#energy", "Klima")));
        List<VoiceTopic> saved = voiceTopics.saveMyVoiceTopics(messy);

        assertThat(saved).hasSize(3);
        assertThat(saved.getFirst()).isEqualTo(new VoiceTopic("Energy", List.of("heat pumps"), List.of("energy",
                "Klima")));
        assertThat(voiceTopics.myVoiceTopics()).isEqualTo(saved);
        assertThat(voiceTopics.saveMyVoiceTopics(topics(5))).hasSize(5);
        assertThat(voiceTopics.myVoiceTopics()).hasSize(5);
    }

    // ---- helpers

    private static List<VoiceTopic> topics(int count) {
        List<VoiceTopic> topics = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            topics.add(new VoiceTopic("Topic " + i, List.of("keyword " + i), List.of("tag" + i)));
        }
        return topics;
    }

    private ImportResult importArchive(Path zip) {
        UploadedArchive upload = upload(zip);
        activity.preview(upload, read -> { }).join();
        return activity.confirm(upload, written -> { }).join();
    }

    private UploadedArchive upload(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return activity.receiveUpload(file.getFileName().toString(), in);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private long itemRows(Person person) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM activity_item WHERE employee_id = ?", Long.class,
                person.id().value());
    }

    private long completedImports(Person person) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM activity_import WHERE employee_id = ? AND status = 'COMPLETED'",
                Long.class, person.id().value());
    }

    private long rejectedImports(Person person) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM activity_import WHERE employee_id = ? AND status = 'REJECTED'",
                Long.class, person.id().value());
    }

    private long snapshotRows(Person person) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM social_leadership_index WHERE employee_id = ?", Long.class,
                person.id().value());
    }

    private static List<Path> uploadsOf(Person person) {
        Path folder = UPLOADS.resolve(person.id().toString());
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Person person(String firstName, Role role) {
        String email = firstName.toLowerCase(Locale.ROOT) + "." + UUID.randomUUID().toString().substring(0, 8)
                + "@activity.podium.test";
        EmployeeId id = AsHr.call(() -> employees.register(new EmployeeDraft(firstName, "Activity", email, null,
                null, "DK", null, EnumSet.of(role), Locale.ENGLISH)));
        return new Person(id, email);
    }

    private record Person(EmployeeId id, String email) {
    }
}
