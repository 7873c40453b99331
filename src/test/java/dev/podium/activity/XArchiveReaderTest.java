package dev.podium.activity;

import static dev.podium.activity.ActivityFixtures.bytes;
import static dev.podium.activity.ActivityFixtures.read;
import static dev.podium.activity.ActivityFixtures.write;
import static dev.podium.activity.ActivityFixtures.zip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podium.activity.ActivityFixtures.Read;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XArchiveReaderTest {

    @TempDir
    Path dir;

    private Read archive() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("Your archive.html", "<html></html>".getBytes());
        entries.put("data/account.js", "window.YTD.account.part0 = [{\"account\":{\"email\":\"ada@example.com\"}}]".getBytes());
        entries.put("data/tweets.js", bytes("x/tweets.js"));
        return read(zip(dir.resolve("twitter-2026-03-15.zip"), entries));
    }

    @Test
    void the_javascript_prefix_is_cut_off_and_posts_are_read_with_their_dates() {
        ActivityItem post = archive().withKey("1760000000000000001");

        assertThat(post.source()).isEqualTo(ActivitySource.X);
        assertThat(post.kind()).isEqualTo(ActivityKind.POST);
        assertThat(post.occurredAt()).isEqualTo(Instant.parse("2026-03-02T09:00:00Z"));
        assertThat(post.link()).isEqualTo("https://x.com/i/status/1760000000000000001");
    }

    @Test
    void a_retweet_is_a_bare_reshare_without_the_other_persons_words() {
        ActivityItem retweet = archive().withKey("1760000000000000002");

        assertThat(retweet.kind()).isEqualTo(ActivityKind.RESHARE);
        assertThat(retweet.text()).isNull();
    }

    @Test
    void a_reply_is_a_comment_on_the_post_it_answers() {
        ActivityItem reply = archive().withKey("1760000000000000003");

        assertThat(reply.kind()).isEqualTo(ActivityKind.COMMENT);
        assertThat(reply.inReplyTo()).isEqualTo("https://x.com/i/status/1750000000000000000");
    }

    @Test
    void a_quote_post_is_a_reshare_with_words() {
        ActivityItem quote = archive().withKey("1760000000000000004");

        assertThat(quote.kind()).isEqualTo(ActivityKind.RESHARE);
        assertThat(quote.text()).startsWith("This thread says it better");
        assertThat(quote.sharedUrl()).isEqualTo("https://twitter.com/bob/status/1750000000000000001");
    }

    @Test
    void account_data_is_skipped_unread() {
        assertThat(archive().report().skipped()).extracting(SkippedFile::fileName).contains("data/account.js");
        assertThat(archive().report().skipped()).filteredOn(s -> s.fileName().equals("data/account.js"))
                .extracting(SkippedFile::reasonKey).containsExactly("activity.skipped.private");
    }

    @Test
    void a_file_that_assigns_anything_else_than_a_ytd_array_is_refused_and_never_evaluated() {
        Path file = write(dir.resolve("tweets.js"), "window.YTD.tweets.part0 = (function(){ return []; })()");

        assertThatThrownBy(() -> read(file)).isInstanceOf(ArchiveRejected.class)
                .hasMessageStartingWith("tweets.js");
        Path other = write(dir.resolve("tweets.js"), "alert('hi'); window.YTD.tweets.part0 = []");
        assertThatThrownBy(() -> read(other)).isInstanceOf(ArchiveRejected.class);
    }

    @Test
    void a_long_post_gets_its_full_text_from_note_tweet_js() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("data/note-tweet.js", bytes("x/note-tweet.js"));
        entries.put("data/tweets.js", bytes("x/tweets.js"));

        Read read = read(zip(dir.resolve("twitter.zip"), entries));

        assertThat(read.withKey("1760000000000000001").text()).endsWith("will notice that you show up.");
        assertThat(read.withKey("1760000000000000003").text()).isEqualTo("@bob I agree, and here is why.");
    }

    @Test
    void long_posts_listed_after_tweets_js_are_reported_as_skipped() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("data/tweets.js", bytes("x/tweets.js"));
        entries.put("data/note-tweet.js", bytes("x/note-tweet.js"));

        Read read = read(zip(dir.resolve("twitter.zip"), entries));

        assertThat(read.withKey("1760000000000000001").text()).endsWith("start honest.");
        assertThat(read.report().skipped()).extracting(SkippedFile::reasonKey).contains("activity.skipped.long-posts");
    }
}
