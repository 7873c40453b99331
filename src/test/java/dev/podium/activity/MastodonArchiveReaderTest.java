package dev.podium.activity;

import static dev.podium.activity.ActivityFixtures.bytes;
import static dev.podium.activity.ActivityFixtures.read;
import static dev.podium.activity.ActivityFixtures.write;
import static dev.podium.activity.ActivityFixtures.zip;
import static org.assertj.core.api.Assertions.assertThat;

import dev.podium.activity.ActivityFixtures.Read;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MastodonArchiveReaderTest {

    @TempDir
    Path dir;

    private Read archive() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("actor.json", bytes("mastodon/actor.json"));
        entries.put("outbox.json", bytes("mastodon/outbox.json"));
        entries.put("media_attachments/files/110/original/photo.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        return read(zip(dir.resolve("archive-20260315.zip"), entries));
    }

    @Test
    void a_public_create_without_reply_is_a_post_with_its_html_turned_to_text() {
        ActivityItem post = archive().withKey("https://social.example/users/ada/statuses/111");

        assertThat(post.source()).isEqualTo(ActivitySource.MASTODON);
        assertThat(post.kind()).isEqualTo(ActivityKind.POST);
        assertThat(post.text()).isEqualTo("Public post about #leadership & trust.");
        assertThat(post.link()).isEqualTo("https://social.example/@ada/111");
        assertThat(post.occurredAt()).isEqualTo(Instant.parse("2026-03-02T09:00:00Z"));
    }

    @Test
    void an_unlisted_post_counts_too() {
        assertThat(archive().withKey("https://social.example/users/ada/statuses/112").kind())
                .isEqualTo(ActivityKind.POST);
    }

    @Test
    void followers_only_posts_and_direct_messages_are_left_out_unread() {
        Read read = archive();

        assertThat(read.items()).extracting(ActivityItem::naturalKey).doesNotContain(
                "https://social.example/users/ada/statuses/113", "https://social.example/users/ada/statuses/114");
        assertThat(read.items()).noneMatch(i -> i.text() != null && i.text().contains("DIRECT MESSAGE"));
        assertThat(read.report().skipped()).anySatisfy(s -> {
            assertThat(s.fileName()).isEqualTo("outbox.json");
            assertThat(s.reasonKey()).isEqualTo("activity.skipped.private-posts");
            assertThat(s.reason()).startsWith("2 ");
        });
    }

    @Test
    void a_create_answering_something_is_a_comment() {
        ActivityItem reply = archive().withKey("https://social.example/users/ada/statuses/115");

        assertThat(reply.kind()).isEqualTo(ActivityKind.COMMENT);
        assertThat(reply.inReplyTo()).isEqualTo("https://other.example/users/bob/statuses/900");
    }

    @Test
    void an_announce_is_a_bare_reshare_of_the_boosted_url() {
        ActivityItem boost = archive().withKey("https://social.example/users/ada/statuses/116/activity");

        assertThat(boost.kind()).isEqualTo(ActivityKind.RESHARE);
        assertThat(boost.text()).isNull();
        assertThat(boost.sharedUrl()).isEqualTo("https://other.example/users/bob/statuses/901");
    }

    @Test
    void actor_and_media_files_are_skipped_as_not_needed() {
        assertThat(archive().report().skipped()).extracting(SkippedFile::fileName).contains("actor.json",
                "media_attachments/files/110/original/photo.png");
    }

    @Test
    void an_older_tar_gz_archive_reads_the_same() throws IOException {
        Path tgz = dir.resolve("archive.tar.gz");
        try (OutputStream out = Files.newOutputStream(tgz);
                GzipCompressorOutputStream gzip = new GzipCompressorOutputStream(out);
                TarArchiveOutputStream tar = new TarArchiveOutputStream(gzip)) {
            byte[] outbox = bytes("mastodon/outbox.json");
            TarArchiveEntry entry = new TarArchiveEntry("outbox.json");
            entry.setSize(outbox.length);
            tar.putArchiveEntry(entry);
            tar.write(outbox);
            tar.closeArchiveEntry();
        }

        Read read = read(tgz);

        assertThat(read.items()).hasSize(4);
        assertThat(read.report().totals()).containsEntry(ActivityKind.POST, 2).containsEntry(ActivityKind.COMMENT, 1)
                .containsEntry(ActivityKind.RESHARE, 1);
    }

    @Test
    void a_lone_outbox_json_can_be_uploaded() {
        Read read = read(write(dir.resolve("outbox.json"), bytes("mastodon/outbox.json")));

        assertThat(read.items()).hasSize(4);
    }

    @Test
    void a_note_without_addressing_of_its_own_follows_its_activity_and_without_any_counts_as_private() {
        String outbox = """
                {"orderedItems": [
                  {"id": "a/1", "type": "Create", "to": ["https://www.w3.org/ns/activitystreams#Public"],
                   "object": {"id": "n/1", "type": "Note", "published": "2026-03-02T09:00:00Z", "content": "<p>Hi</p>"}},
                  {"id": "a/2", "type": "Create",
                   "object": {"id": "n/2", "type": "Note", "published": "2026-03-02T10:00:00Z", "content": "<p>Who?</p>"}}
                ]}""";

        Read read = read(write(dir.resolve("outbox.json"), outbox));

        assertThat(read.items()).extracting(ActivityItem::naturalKey).containsExactly("n/1");
    }
}
