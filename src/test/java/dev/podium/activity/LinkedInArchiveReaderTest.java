package dev.podium.activity;

import static dev.podium.activity.ActivityFixtures.bytes;
import static dev.podium.activity.ActivityFixtures.folder;
import static dev.podium.activity.ActivityFixtures.read;
import static dev.podium.activity.ActivityFixtures.write;
import static dev.podium.activity.ActivityFixtures.zip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podium.activity.ActivityFixtures.Read;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkedInArchiveReaderTest {

    @TempDir
    Path dir;

    private Read export() {
        return read(zip(dir.resolve("Basic_LinkedInDataExport_03-15-2026.zip"),
                folder("linkedin", UnaryOperator.identity())));
    }

    @Test
    void a_full_export_gives_shares_comments_reactions_reposts_and_articles() {
        Read read = export();

        assertThat(read.report().source()).isEqualTo(ActivitySource.LINKEDIN);
        assertThat(read.report().totals()).containsEntry(ActivityKind.POST, 2).containsEntry(ActivityKind.RESHARE, 3)
                .containsEntry(ActivityKind.COMMENT, 3).containsEntry(ActivityKind.REACTION, 2)
                .containsEntry(ActivityKind.ARTICLE, 1);
        assertThat(read.items()).hasSize(11);
        assertThat(read.report().earliest()).isEqualTo(Instant.parse("2026-03-02T08:15:30Z"));
        assertThat(read.report().latest()).isEqualTo(Instant.parse("2026-03-12T17:45:10Z"));
        assertThat(read.report().files()).extracting(FileReport::fileName).contains("Shares.csv", "Comments.csv",
                "Reactions.csv", "InstantReposts.csv", "Articles/Articles/why-we-write.html");
    }

    @Test
    void a_multi_line_post_loses_the_quotes_linkedin_wraps_around_every_line() {
        ActivityItem post = export().withKey("urn:li:share:7170000000000000001");

        assertThat(post.kind()).isEqualTo(ActivityKind.POST);
        assertThat(post.text()).isEqualTo("""
                Three lessons from a year of coaching engineers to write in public.

                First: write for one reader, not for the algorithm.
                Second: "show the work" — people trust the messy middle.""");
    }

    @Test
    void values_written_as_two_quotes_are_absent() {
        ActivityItem bare = export().withKey("urn:li:ugcPost:7170000000000000002");

        assertThat(bare.text()).isNull();
        assertThat(export().withKey("urn:li:share:7170000000000000004").sharedUrl())
                .isEqualTo("https://blog.acme.example/why-we-write");
        assertThat(LinkedInReader.shareCommentary("\"\"")).isNull();
    }

    @Test
    void comments_escape_quotes_with_a_backslash_and_keep_real_newlines() {
        ActivityItem comment = export()
                .withKey("urn:li:comment:(activity:7170100000000000000,7170200000000000000)");

        assertThat(comment.text()).isEqualTo("""
                I agree with the "write for one reader" idea, and I would add one thing:
                read your draft out loud before you post it.""");
        assertThat(comment.inReplyTo()).isEqualTo("urn:li:activity:7170100000000000000");
    }

    @Test
    void percent_encoded_urns_are_decoded_for_natural_keys() {
        Read read = export();

        assertThat(read.items()).extracting(ActivityItem::naturalKey).noneMatch(k -> k.contains("%3A"));
        assertThat(read.withKey("urn:li:share:7170000000000000003").link())
                .isEqualTo("https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A7170000000000000003");
    }

    @Test
    void comments_without_their_own_urn_are_told_apart_by_date() {
        List<ActivityItem> onSamePost = export().of(ActivityKind.COMMENT).stream()
                .filter(c -> "urn:li:activity:7170300000000000000".equals(c.inReplyTo())).toList();

        assertThat(onSamePost).hasSize(2);
        assertThat(onSamePost).extracting(ActivityItem::naturalKey).doesNotHaveDuplicates()
                .allMatch(k -> k.startsWith("comment|urn:li:activity:7170300000000000000|2026-03-04T11:0"));
    }

    @Test
    void a_reaction_link_with_a_comment_urn_is_a_reaction_to_that_comment() {
        List<ActivityItem> reactions = export().of(ActivityKind.REACTION);

        ActivityItem toComment = reactions.stream().filter(r -> "PRAISE".equals(r.reactionType())).findFirst()
                .orElseThrow();
        assertThat(toComment.inReplyTo()).isEqualTo("urn:li:comment:(activity:7170300000000000000,7170400000000000000)");
        assertThat(toComment.naturalKey()).isEqualTo(
                "reaction|urn:li:comment:(activity:7170300000000000000,7170400000000000000)|PRAISE");
        ActivityItem toPost = reactions.stream().filter(r -> "LIKE".equals(r.reactionType())).findFirst()
                .orElseThrow();
        assertThat(toPost.inReplyTo()).isEqualTo("urn:li:activity:7170100000000000000");
    }

    @Test
    void a_byte_order_mark_and_crlf_line_ends_are_accepted() {
        String shares = new String(bytes("linkedin/Shares.csv"), StandardCharsets.UTF_8).replace("\n", "\r\n");
        Path file = write(dir.resolve("Shares.csv"), "\uFEFF" + shares);

        Read read = read(file);

        assertThat(read.items()).hasSize(4);
        assertThat(read.withKey("urn:li:share:7170000000000000001").text())
                .startsWith("Three lessons").doesNotContain("\r").contains("\nFirst: write");
    }

    @Test
    void activity_dates_are_utc_with_or_without_the_zone_written_out() {
        assertThat(export().withKey("urn:li:share:7170000000000000004").occurredAt())
                .isEqualTo(Instant.parse("2026-03-12T17:45:10Z"));
        Path file = write(dir.resolve("Reactions.csv"), "Date,Type,Link\n2026-03-03 09:00:00 UTC,LIKE,https://x/1\n"
                + "2026-03-03 09:01,LIKE,https://x/2\n");
        assertThat(read(file).items()).extracting(ActivityItem::occurredAt).containsExactly(
                Instant.parse("2026-03-03T09:00:00Z"), Instant.parse("2026-03-03T09:01:00Z"));
    }

    @Test
    void a_share_without_commentary_and_an_instant_repost_are_bare_reshares() {
        Read read = export();

        ActivityItem bare = read.withKey("urn:li:ugcPost:7170000000000000002");
        assertThat(bare.kind()).isEqualTo(ActivityKind.RESHARE);
        assertThat(bare.sharedUrl()).contains("urn:li:activity:7160000000000000009");
        ActivityItem repost = read.withKey("repost|urn:li:activity:7170500000000000000");
        assertThat(repost.kind()).isEqualTo(ActivityKind.RESHARE);
        assertThat(repost.text()).isNull();
    }

    @Test
    void a_share_with_words_on_someone_elses_post_is_a_reshare_with_text() {
        ActivityItem reshare = export().withKey("urn:li:share:7170000000000000003");

        assertThat(reshare.kind()).isEqualTo(ActivityKind.RESHARE);
        assertThat(reshare.text()).startsWith("Worth reading: why this team");
    }

    @Test
    void a_share_of_an_outside_link_with_words_is_a_post() {
        ActivityItem post = export().withKey("urn:li:share:7170000000000000004");

        assertThat(post.kind()).isEqualTo(ActivityKind.POST);
        assertThat(post.text()).isEqualTo("Why we write in public: notes from our engineering blog");
    }

    @Test
    void an_article_takes_its_title_text_and_published_date_from_the_html() {
        ActivityItem article = export().of(ActivityKind.ARTICLE).getFirst();

        assertThat(article.naturalKey()).isEqualTo("https://www.linkedin.com/pulse/why-we-write-public-ada-example");
        assertThat(article.occurredAt()).isEqualTo(Instant.parse("2026-03-11T08:00:00Z"));
        assertThat(article.text()).startsWith("Why we write in public\n\nWriting in public is how engineers")
                .doesNotContain("Created on").doesNotContain("Published on");
    }

    @Test
    void an_article_without_a_date_is_counted_not_imported() {
        assertThat(export().report().itemsWithoutDate()).isEqualTo(1);
    }

    @Test
    void files_are_found_by_normalised_name_in_a_nested_folder_with_member_id_suffixes() {
        Map<String, byte[]> renamed = folder("linkedin", name -> "export/Complete_LinkedInDataExport/"
                + name.replace("Shares.csv", "Shares_123456.csv").replace("InstantReposts.csv", "Instant Reposts.csv")
                        .replace("Reactions.csv", "Reactions_123456.csv"));

        Read read = read(zip(dir.resolve("nested.zip"), renamed));

        assertThat(read.items()).hasSize(11);
        assertThat(read.report().files()).extracting(FileReport::fileName)
                .contains("export/Complete_LinkedInDataExport/Shares_123456.csv");
    }

    @Test
    void messages_phone_numbers_and_other_files_are_listed_as_skipped_and_never_read() {
        Read read = export();

        assertThat(read.report().skipped()).anySatisfy(s -> {
            assertThat(s.fileName()).isEqualTo("Messages.csv");
            assertThat(s.reasonKey()).isEqualTo("activity.skipped.private");
        });
        assertThat(read.report().skipped()).extracting(SkippedFile::fileName).contains("PhoneNumbers.csv",
                "Profile.csv", "Company Follows.csv");
        assertThat(read.report().skipped()).filteredOn(s -> s.fileName().equals("PhoneNumbers.csv"))
                .extracting(SkippedFile::reasonKey).containsExactly("activity.skipped.private");
        assertThat(read.items()).noneMatch(i -> i.text() != null && i.text().contains("SECRET"));
    }

    @Test
    void a_lone_csv_is_recognised_by_its_header_whatever_its_name() {
        Path file = write(dir.resolve("download (3).csv"), bytes("linkedin/Comments.csv"));

        assertThat(read(file).of(ActivityKind.COMMENT)).hasSize(3);
    }

    @Test
    void reading_the_same_export_twice_gives_the_same_natural_keys() {
        List<String> first = export().items().stream().map(ActivityItem::naturalKey).toList();
        List<String> second = export().items().stream().map(ActivityItem::naturalKey).toList();

        assertThat(first).doesNotHaveDuplicates().containsExactlyElementsOf(second);
    }

    @Test
    void a_row_with_a_date_that_is_not_a_date_is_refused_naming_file_and_line() {
        Path file = write(dir.resolve("Reactions.csv"),
                "Date,Type,Link\n2026-03-03 09:00:00,LIKE,https://x\nyesterday,LIKE,https://y\n");

        assertThatThrownBy(() -> read(file)).isInstanceOfSatisfying(ArchiveRejected.class, e -> {
            assertThat(e.fileName()).isEqualTo("Reactions.csv");
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.messageKey()).isEqualTo("activity.rejected.bad-date");
            assertThat(e.getMessage()).contains("Reactions.csv, line 3").contains("yesterday");
        });
    }

    @Test
    void shares_read_with_comment_settings_or_the_reverse_would_lose_text_so_each_file_has_its_own() {
        Map<String, byte[]> swapped = new LinkedHashMap<>();
        // Comments.csv content under its own name parses; the backslash quote would break RFC 4180 parsing
        swapped.put("Comments.csv", bytes("linkedin/Comments.csv"));
        Read read = read(zip(dir.resolve("comments.zip"), swapped));

        assertThat(read.items()).hasSize(3);
        assertThat(read.items().getFirst().text()).contains("\"write for one reader\"");
    }

    @Test
    void items_reach_the_sink_while_the_archive_is_still_being_read() throws java.io.IOException {
        StringBuilder shares = new StringBuilder("Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n");
        for (int i = 0; i < 20_000; i++) {
            shares.append("2026-03-02 08:15:30,https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A")
                    .append(7170000000000000000L + i).append(",\"\"\"Post number ").append(i)
                    .append(" about streaming\"\"\",,,MEMBER_NETWORK\n");
        }
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("Shares.csv", shares.toString().getBytes(StandardCharsets.UTF_8));
        byte[] whole = java.nio.file.Files.readAllBytes(zip(dir.resolve("whole.zip"), entries));
        Path cut = write(dir.resolve("export.zip"), java.util.Arrays.copyOf(whole, whole.length * 3 / 4));
        List<ActivityItem> received = new java.util.ArrayList<>();

        assertThatThrownBy(() -> new ArchiveReader(ArchiveLimits.defaults()).read("export.zip", cut, received::add))
                .isInstanceOf(ArchiveRejected.class);
        // the reader never collected the file first: what it had read went on before the cut was found
        assertThat(received).hasSizeGreaterThan(1000);
        assertThat(received.getFirst().text()).isEqualTo("Post number 0 about streaming");
    }
}
