package dev.podium.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podium.AsHr;
import dev.podium.PodiumSpringTest;
import dev.podium.SignIn;
import dev.podium.people.EmployeeDraft;
import dev.podium.people.EmployeeService;
import dev.podium.shared.Role;
import dev.podium.shared.SystemUser;
import dev.podium.shared.EmployeeId;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Uploads waiting for confirmation cannot pile up (at most two per person), are discarded by the system when their
 * owner's session has ended, and their names cannot forge log lines.
 */
@PodiumSpringTest
@ExtendWith(OutputCaptureExtension.class)
class UploadHardeningIntegrationTest {

    private static final Path UPLOADS = Path.of("target", "activity-uploads");

    @Autowired
    ActivityImportService activity;
    @Autowired
    EmployeeService employees;
    @Autowired
    UserDetailsService users;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void a_person_keeps_at_most_two_uploads_waiting_and_a_third_discards_the_oldest() {
        EmployeeId ida = signedIn("Ida");
        UploadedArchive first = upload("first.csv");
        UploadedArchive second = upload("second.csv");
        UploadedArchive third = upload("third.csv");

        assertThat(uploadsOf(ida)).hasSize(2);
        assertThatThrownBy(() -> activity.preview(first, read -> { })).isInstanceOf(ActivityRuleViolation.class)
                .hasFieldOrPropertyWithValue("messageKey", "activity.ui.upload.gone");
        activity.discard(second);
        activity.discard(third);
        assertThat(uploadsOf(ida)).isEmpty();
    }

    @Test
    void when_the_session_has_ended_the_system_discards_the_waiting_upload() {
        EmployeeId jon = signedIn("Jon");
        UploadedArchive waiting = upload("waiting.csv");
        assertThat(uploadsOf(jon)).hasSize(1);

        // the session ends: nobody is signed in on the thread that closes the tab's UI
        SignIn.out();
        assertThatThrownBy(() -> activity.discard(waiting))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        SystemUser.run(() -> activity.discardAbandoned(waiting));

        assertThat(uploadsOf(jon)).isEmpty();
    }

    @Test
    void a_file_name_with_line_breaks_cannot_forge_a_log_line(CapturedOutput output) {
        signedIn("Kai");
        byte[] noise = new byte[4096];
        new Random(14).nextBytes(noise);
        String forged = "2026-12-03T09:00:00.000Z  INFO 1 --- [podium] [main] dev.podium.Forged : HR granted to mallory";
        UploadedArchive upload = activity.receiveUpload("export.zip\r\n" + forged + "\n.zip",
                new ByteArrayInputStream(noise));

        assertThatThrownBy(() -> activity.preview(upload, read -> { }).join())
                .isInstanceOf(CompletionException.class).cause().isInstanceOf(ArchiveRejected.class);

        assertThat(output.getAll()).contains("export.zip\\r\\n" + forged)
                .doesNotContain("\n" + forged);
    }

    private EmployeeId signedIn(String firstName) {
        String email = firstName.toLowerCase(Locale.ROOT) + "." + UUID.randomUUID().toString().substring(0, 8)
                + "@uploads.podium.test";
        EmployeeId id = AsHr.call(() -> employees.register(new EmployeeDraft(firstName, "Upload", email, null,
                null, "DK", null, EnumSet.of(Role.EMPLOYEE), Locale.ENGLISH)));
        SignIn.as(users, email);
        return id;
    }

    private UploadedArchive upload(String name) {
        return activity.receiveUpload(name, new ByteArrayInputStream(
                "Date,ShareLink,ShareCommentary\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    private static List<Path> uploadsOf(EmployeeId person) {
        Path folder = UPLOADS.resolve(person.toString());
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
