package dev.podium.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ActivityArchiveAnalyserTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return ActivityArchiveAnalyser.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private JsonNode json() {
        return JsonMapper.builder().build().readTree(out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void a_linkedin_export_prints_counts_skips_date_range_and_the_index_as_json() {
        Path zip = ActivityFixtures.zip(dir.resolve("export.zip"),
                ActivityFixtures.folder("linkedin", UnaryOperator.identity()));

        int exit = run(zip.toString(), "--company-domain=acme.example", "--topic=Writing:write,#writing");

        assertThat(exit).isZero();
        JsonNode json = json();
        assertThat(json.path("source").asString()).isEqualTo("LINKEDIN");
        assertThat(json.path("dateRange").path("earliest").asString()).isEqualTo("2026-03-02T08:15:30Z");
        assertThat(json.path("dateRange").path("latest").asString()).isEqualTo("2026-03-12T17:45:10Z");
        JsonNode counts = json.path("counts");
        // the short post sharing blog.acme.example is company content: a thin reshare, not an own post
        assertThat(counts.path("ownPosts").asInt()).isEqualTo(1);
        assertThat(counts.path("articles").asInt()).isEqualTo(1);
        assertThat(counts.path("commentedReshares").asInt()).isEqualTo(0);
        assertThat(counts.path("thinReshares").asInt()).isEqualTo(2);
        assertThat(counts.path("bareReshares").asInt()).isEqualTo(2);
        assertThat(counts.path("comments").asInt()).isEqualTo(3);
        assertThat(counts.path("substantiveComments").asInt()).isEqualTo(1);
        assertThat(counts.path("reactions").asInt()).isEqualTo(2);
        assertThat(counts.path("companyContent").asInt()).isEqualTo(1);
        assertThat(json.path("files").values()).anySatisfy(f -> {
            assertThat(f.path("name").asString()).isEqualTo("Shares.csv");
            assertThat(f.path("kinds").path("POST").asInt()).isEqualTo(2);
            assertThat(f.path("kinds").path("RESHARE").asInt()).isEqualTo(2);
            assertThat(f.path("counts").path("ownPosts").asInt()).isEqualTo(1);
            assertThat(f.path("counts").path("thinReshares").asInt()).isEqualTo(2);
            assertThat(f.path("counts").path("bareReshares").asInt()).isEqualTo(1);
        });
        assertThat(json.path("skipped").values()).anySatisfy(s -> {
            assertThat(s.path("file").asString()).isEqualTo("Messages.csv");
            assertThat(s.path("reasonKey").asString()).isEqualTo("activity.skipped.private");
        });
        assertThat(json.path("itemsWithoutDate").asInt()).isEqualTo(1);
        JsonNode index = json.path("index");
        assertThat(index.path("windowEnd").asString()).isEqualTo("2026-03-12");
        assertThat(index.path("weeks").size()).isEqualTo(12);
        assertThat(index.path("total").asInt()).isEqualTo(index.path("pillars").path("originality").path("score")
                .asInt() + index.path("pillars").path("consistency").path("score").asInt()
                + index.path("pillars").path("engagementQuality").path("score").asInt()
                + index.path("pillars").path("topicalFocus").path("score").asInt());
        assertThat(index.path("pillars").path("consistency").path("explanations").get(0).path("text").asString())
                .startsWith("Active in 2 of 12 weeks;");
        assertThat(index.path("nextStep").path("key").asString()).startsWith("activity.next.");
        assertThat(json.path("received").path("analyticsExport").asBoolean()).isFalse();
        assertThat(index.path("pillars").path("engagementQuality").path("explanations").values())
                .anySatisfy(e -> assertThat(e.path("key").asString())
                        .isEqualTo("activity.explain.engagement.no-analytics"));
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void with_the_analytics_export_the_output_gains_the_engagement_received_and_the_conversations_started() {
        Path zip = ActivityFixtures.zip(dir.resolve("export.zip"),
                ActivityFixtures.folder("linkedin", UnaryOperator.identity()));
        // the archive's first post (share 7170000000000000001) and a post the archive does not hold; the company
        // reshare (share …004) is not the person's own and is left out even though the export lists it
        long ownShare = 7_170_000_000_000_000_001L;
        long companyShare = 7_170_000_000_000_000_004L;
        Path xlsx = AnalyticsExports.english().withCommentColumns()
                .period(java.time.LocalDate.of(2026, 2, 1), java.time.LocalDate.of(2026, 3, 12))
                .post(new AnalyticsExports.Post("https://www.linkedin.com/feed/update/urn:li:share:" + ownShare,
                        java.time.LocalDate.of(2026, 3, 2), 40, 2_400, 7, 2))
                .post(new AnalyticsExports.Post("https://www.linkedin.com/feed/update/urn:li:share:" + companyShare,
                        java.time.LocalDate.of(2026, 3, 12), 90, 9_000, 12, 5))
                .post(new AnalyticsExports.Post(AnalyticsExports.activityUrl(7_165_000_000_000_000_000L),
                        java.time.LocalDate.of(2026, 3, 10), 3, 300, 1, 0))
                .followerDay(java.time.LocalDate.of(2026, 3, 2)).followerDay(java.time.LocalDate.of(2026, 3, 9))
                .writeTo(dir.resolve("analytics.xlsx"));

        int exit = run(zip.toString(), "--company-domain=acme.example", "--analytics=" + xlsx);

        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        JsonNode received = json().path("received");
        assertThat(received.path("analyticsExport").asBoolean()).isTrue();
        assertThat(received.path("impressions").asInt()).isEqualTo(18_250);
        assertThat(received.path("postsWithCommentFigures").asInt()).isEqualTo(2);
        assertThat(received.path("postsThatStartedConversations").asInt()).isEqualTo(1);
        assertThat(received.path("commentsReceived").asInt()).isEqualTo(8);
        assertThat(received.path("repostsReceived").asInt()).isEqualTo(2);
        assertThat(received.path("followersGainedInWindow").asInt()).isEqualTo(6);
        assertThat(received.path("posts").get(0).path("startedConversation").asBoolean()).isTrue();
        JsonNode engagement = json().path("index").path("pillars").path("engagementQuality");
        assertThat(engagement.path("figures").path("postsThatStartedConversations").asInt()).isEqualTo(1);
        assertThat(engagement.path("explanations").values()).anySatisfy(e -> assertThat(e.path("text").asString())
                .startsWith("1 of your 2 posts"));
    }

    @Test
    void today_can_be_given_to_look_at_another_window() {
        Path feed = ActivityFixtures.resource("feeds/blog.atom");

        assertThat(run(feed.toString(), "--today=2026-06-30")).isZero();
        assertThat(json().path("index").path("windowEnd").asString()).isEqualTo("2026-06-30");
        assertThat(json().path("index").path("pillars").path("originality").path("score").asInt()).isZero();
    }

    @Test
    void bad_input_exits_with_two_and_names_the_file_on_stderr() {
        Path file = ActivityFixtures.write(dir.resolve("Shares.csv"), "When,What\n1,2\n");

        assertThat(run(file.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Shares.csv, line 1").contains("Date,ShareLink");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void usage_errors_exit_with_sixty_four() {
        assertThat(run()).isEqualTo(64);
        assertThat(run("--frobnicate", "x.zip")).isEqualTo(64);
        assertThat(run(dir.resolve("missing.zip").toString())).isEqualTo(64);
        assertThat(run("a.zip", "b.zip")).isEqualTo(64);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: analyse-activity FILE");
    }

    @Test
    void help_prints_the_usage_and_exits_with_zero() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("usage: analyse-activity FILE");
    }
}
