package dev.podium.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class LinkedInProfileReaderTest {

    private final LinkedInProfileReader reader = new LinkedInProfileReader(ArchiveLimits.defaults());

    @Test
    void reads_the_profile_facts_of_an_export_with_bom_crlf_and_quoted_empties() {
        LinkedInProfile profile = reader.read("export.zip", write("export.zip", LinkedInProfileArchives.complete().zip()));

        assertThat(profile.headline()).startsWith("Helping Nordic banks get data privacy right");
        assertThat(profile.summary()).hasSizeGreaterThan(1200);
        assertThat(profile.industry()).isEqualTo("Banking");
        assertThat(profile.websites()).isEqualTo("[PORTFOLIO:https://example.org]");
        assertThat(profile.positions()).hasSize(3);
        assertThat(profile.currentPosition().companyName()).isEqualTo("Podium Bank");
        assertThat(profile.currentPosition().startedOn()).isEqualTo(YearMonth.of(2021, 1));
        assertThat(profile.positions().get(1).finishedOn()).isEqualTo(YearMonth.of(2020, 12));
        assertThat(profile.educationEntries()).isEqualTo(2);
        assertThat(profile.skills()).hasSize(16).contains("Data Privacy");
        assertThat(profile.endorsements()).isEqualTo(12);
        assertThat(profile.photoUploadedOn()).isEqualTo(LocalDate.of(2026, 1, 15));
        assertThat(profile.bannerUploadedOn()).isEqualTo(LocalDate.of(2025, 3, 3));
    }

    @Test
    void another_networks_archive_is_refused_as_not_a_linkedin_export() throws java.io.IOException {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("profile-reader");
        java.nio.file.Path mastodon = ActivityFixtures.zip(dir.resolve("archive-mastodon.zip"), java.util.Map.of(
                "actor.json", ActivityFixtures.bytes("mastodon/actor.json"),
                "outbox.json", ActivityFixtures.bytes("mastodon/outbox.json")));

        assertThatThrownBy(() -> reader.read("archive-mastodon.zip", java.nio.file.Files.newInputStream(mastodon)))
                .isInstanceOfSatisfying(ArchiveRejected.class, rejected -> {
                    assertThat(rejected.messageKey()).isEqualTo("activity.rejected.no-profile-files");
                    assertThat(rejected.arguments()).containsExactly("archive-mastodon.zip");
                });
    }

    @Test
    void counts_only_visible_recommendations() {
        LinkedInProfile profile = reader.read("export.zip",
                write("export.zip", new LinkedInProfileArchives().recommendations(1, 3).zip()));

        assertThat(profile.visibleRecommendations()).isOne();
    }

    @Test
    void finds_the_connections_header_after_the_preamble() {
        LinkedInProfile profile = reader.read("export.zip",
                write("export.zip", new LinkedInProfileArchives().connections(57).zip()));

        assertThat(profile.connections()).isEqualTo(57);
    }

    @Test
    void never_opens_messages_or_other_files() {
        LinkedInProfile profile = reader.read("export.zip", write("export.zip", LinkedInProfileArchives.complete().zip()));

        assertThat(profile.filesRead()).hasSize(8).noneMatch(path -> path.toLowerCase().contains("messages"));
    }

    @Test
    void a_lone_positions_csv_is_read_by_its_name() {
        String csv = "Company Name,Title,Description,Location,Started On,Finished On\r\n"
                + "Acme,Lead,\"\",\"\",Mar 2022,\"\"\r\n";
        LinkedInProfile profile = reader.read("Positions.csv",
                write("Positions.csv", csv.getBytes(StandardCharsets.UTF_8)));

        assertThat(profile.currentPosition().title()).isEqualTo("Lead");
    }

    @Test
    void an_unreadable_position_date_is_refused_with_file_and_line() {
        String csv = "Company Name,Title,Description,Location,Started On,Finished On\r\n"
                + "Acme,Lead,\"\",\"\",Spring 2022,\"\"\r\n";
        assertThatThrownBy(() -> reader.read("Positions.csv",
                write("Positions.csv", csv.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(ArchiveRejected.class).hasMessageContaining("Positions.csv");
    }

    @Test
    void an_archive_without_profile_files_is_refused() {
        assertThatThrownBy(() -> reader.read("notes.txt", write("notes.txt", "hello".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(ArchiveRejected.class);
    }

    private static java.io.InputStream write(String name, byte[] bytes) {
        return new java.io.ByteArrayInputStream(bytes);
    }

    @Test
    void an_upload_over_the_limit_is_refused_while_it_streams_in() {
        LinkedInProfileReader small = new LinkedInProfileReader(
                new ArchiveLimits(1024, 1024 * 1024, 1024 * 1024, 100, 100));

        assertThatThrownBy(() -> small.read("export.zip",
                write("export.zip", LinkedInProfileArchives.complete().zip())))
                .isInstanceOf(ArchiveRejected.class).hasMessageContaining("export.zip");
    }
}
