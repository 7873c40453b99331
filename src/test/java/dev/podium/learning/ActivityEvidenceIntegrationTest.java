package dev.podium.learning;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podium.AsHr;
import dev.podium.PodiumSpringTest;
import dev.podium.SignIn;
import dev.podium.activity.ActivityImportService;
import dev.podium.activity.LinkedInArchives;
import dev.podium.activity.UploadedArchive;
import dev.podium.activity.VoiceTopic;
import dev.podium.activity.VoiceTopicService;
import dev.podium.course.TaskCompletion;
import dev.podium.people.EmployeeDraft;
import dev.podium.people.EmployeeService;
import dev.podium.shared.Role;
import dev.podium.shared.CourseId;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Practice tasks completed by evidence: an import with an original post, and chosen voice topics. */
@PodiumSpringTest
class ActivityEvidenceIntegrationTest {

    private static final CourseId BASICS = CourseId.of("journey-basics");

    @Autowired
    LearningService learning;
    @Autowired
    ActivityImportService activity;
    @Autowired
    VoiceTopicService voiceTopics;
    @Autowired
    EmployeeService employees;
    @Autowired
    UserDetailsService users;
    @Autowired
    Clock clock;

    @TempDir
    Path folder;

    @BeforeEach
    void signInAsANewLearner() {
        String email = "evidence." + ThreadLocalRandom.current().nextInt(1_000_000_000) + "@learning.podium.test";
        AsHr.call(() -> employees.register(new EmployeeDraft("Eva", "Evidence", email, null, null, "DK", null,
                EnumSet.of(Role.EMPLOYEE), Locale.ENGLISH)));
        SignIn.as(users, email);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void an_import_with_an_original_post_completes_the_first_post_task() throws IOException {
        learning.enrol(BASICS, Locale.ENGLISH);
        assertThat(task().completed()).isFalse();

        LinkedInArchives archive = new LinkedInArchives();
        archive.post(clock.instant().minus(Duration.ofDays(2)), LinkedInArchives.POST);
        Path zip = archive.writeZip(folder, "Basic_LinkedInDataExport.zip");
        UploadedArchive upload;
        try (InputStream in = Files.newInputStream(zip)) {
            upload = activity.receiveUpload(zip.getFileName().toString(), in);
        }
        activity.preview(upload, read -> { }).join();
        activity.confirm(upload, written -> { }).join();

        TaskState task = task();
        assertThat(task.completed()).isTrue();
        assertThat(task.completedBy()).isEqualTo(TaskCompletion.ACTIVITY);
    }

    @Test
    void an_import_without_original_work_completes_nothing() throws IOException {
        learning.enrol(BASICS, Locale.ENGLISH);
        LinkedInArchives archive = new LinkedInArchives();
        archive.reshare(clock.instant().minus(Duration.ofDays(1)), "https://brand.example/news");
        Path zip = archive.writeZip(folder, "Reshares_LinkedInDataExport.zip");
        try (InputStream in = Files.newInputStream(zip)) {
            UploadedArchive upload = activity.receiveUpload(zip.getFileName().toString(), in);
            activity.preview(upload, read -> { }).join();
            activity.confirm(upload, written -> { }).join();
        }
        assertThat(task().completed()).isFalse();
    }

    @Test
    void choosing_voice_topics_completes_a_voice_topics_task_in_a_real_course() {
        learning.enrol(CourseId.of("finding-your-voice"), Locale.ENGLISH);
        voiceTopics.saveMyVoiceTopics(List.of(new VoiceTopic("Heat pumps", List.of("heat pump"), List.of("heatpumps")),
                new VoiceTopic("Energy policy", List.of("grid"), List.of()),
                new VoiceTopic("Retrofits", List.of("insulation"), List.of())));
        TaskState task = learning.progress(CourseId.of("finding-your-voice"), Locale.ENGLISH).orElseThrow().tasks()
                .get("choose-voice-topics");
        assertThat(task.completed()).isTrue();
    }

    private TaskState task() {
        return learning.progress(BASICS, Locale.ENGLISH).orElseThrow().tasks().get("first-post");
    }
}
