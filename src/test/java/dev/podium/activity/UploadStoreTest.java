package dev.podium.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podium.shared.EmployeeId;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UploadStoreTest {

    private static final EmployeeId ADA = EmployeeId.of(7);
    private static final EmployeeId BO = EmployeeId.of(8);

    @TempDir
    Path directory;

    private final Instant now = Instant.parse("2026-11-22T10:00:00Z");

    private UploadStore store() {
        return new UploadStore(directory, Duration.ofHours(24), Clock.fixed(now, ZoneOffset.UTC), 2);
    }

    @Test
    void an_upload_lands_in_its_owners_folder_under_a_clean_name() throws IOException {
        UploadedArchive upload = store().save(ADA, "C:\\Users\\ada\\Min eksport æøå.zip", bytes("zip"), 100);

        Path file = store().file(ADA, upload.id());
        assertThat(file.getParent().getParent()).isEqualTo(directory.toAbsolutePath().resolve("7"));
        assertThat(file.getFileName().toString()).isEqualTo("Min eksport æøå.zip");
        assertThat(Files.readString(file)).isEqualTo("zip");
        assertThat(upload.fileName()).isEqualTo("C:\\Users\\ada\\Min eksport æøå.zip");
        assertThat(upload.bytes()).isEqualTo(3);
    }

    @Test
    void another_person_cannot_reach_an_upload_and_ids_cannot_climb_out_of_the_folder() {
        UploadedArchive upload = store().save(ADA, "export.zip", bytes("zip"), 100);

        assertThatThrownBy(() -> store().file(BO, upload.id())).isInstanceOf(ActivityRuleViolation.class)
                .hasMessageContaining("activity.ui.upload.gone");
        assertThatThrownBy(() -> store().file(ADA, "../8/" + upload.id())).isInstanceOf(ActivityRuleViolation.class);
        assertThatThrownBy(() -> store().delete(ADA, "..")).isInstanceOf(ActivityRuleViolation.class);
    }

    @Test
    void an_upload_over_the_limit_is_refused_and_nothing_is_left() throws IOException {
        assertThatThrownBy(() -> store().save(ADA, "big.zip", bytes("x".repeat(101)), 100))
                .isInstanceOfSatisfying(ActivityRuleViolation.class,
                        violation -> assertThat(violation.messageKey()).isEqualTo("activity.ui.upload.too-large"));
        try (var owners = Files.walk(directory)) {
            assertThat(owners.filter(Files::isRegularFile)).isEmpty();
        }
    }

    @Test
    void uploads_nobody_confirmed_for_a_day_are_swept_and_younger_ones_stay() throws IOException {
        UploadStore store = store();
        UploadedArchive old = store.save(ADA, "old.zip", bytes("1"), 100);
        UploadedArchive young = store.save(BO, "young.zip", bytes("2"), 100);
        Path oldFolder = store.file(ADA, old.id()).getParent();
        Files.setLastModifiedTime(oldFolder, FileTime.from(now.minus(Duration.ofHours(25))));
        Files.setLastModifiedTime(store.file(BO, young.id()).getParent(),
                FileTime.from(now.minus(Duration.ofHours(23))));

        store.sweep();

        assertThat(oldFolder).doesNotExist();
        assertThat(store.file(BO, young.id())).exists();
    }

    @Test
    void names_keep_their_extension_and_lose_folders_and_odd_characters() {
        assertThat(UploadStore.safeName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(UploadStore.safeName("..hidden.tar.gz")).isEqualTo("hidden.tar.gz");
        assertThat(UploadStore.safeName("a<b>|c?.csv")).isEqualTo("a_b__c_.csv");
        assertThat(UploadStore.safeName("")).isEqualTo("upload");
        assertThat(UploadStore.safeName("x".repeat(300) + ".tar.gz")).hasSize(120).endsWith("x.tar.gz");
    }

    private static ByteArrayInputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
