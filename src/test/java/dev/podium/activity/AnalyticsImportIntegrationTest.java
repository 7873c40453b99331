package dev.podium.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podium.AsHr;
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
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/** LinkedIn's analytics export on MariaDB: preview stores nothing, import once, again changes nothing, refusals. */
@PodiumSpringTest
class AnalyticsImportIntegrationTest {

    private static final Path EXPORTS = Path.of("target", "activity-test-analytics");

    @Autowired
    ActivityImportService activity;

    @Autowired
    ActivityIndexService activityIndex;
    @Autowired
    EmployeeService employees;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void an_export_is_previewed_without_storing_imported_once_and_again_without_duplicates() throws IOException {
        EmployeeId ada = signedIn("Ada");
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        Path file = AnalyticsExports.danish().withCommentColumns().period(today.minusDays(27), today)
                .day(today.minusDays(3)).day(today.minusDays(2))
                .post(new AnalyticsExports.Post(AnalyticsExports.activityUrl(7_390_000_000_000_000_011L),
                        today.minusDays(3), 30, 2_000, 6, 1))
                .post(new AnalyticsExports.Post(AnalyticsExports.activityUrl(7_390_000_000_000_000_012L),
                        today.minusDays(10), 4, 700, 0, 0))
                .followerDay(today.minusDays(3))
                .writeTo(export("Indhold.xlsx"));

        UploadedArchive upload = upload(file);
        assertThat(activity.isAnalyticsExport(upload)).isTrue();
        AnalyticsPreview preview = activity.previewAnalytics(upload, rows -> { }).join();

        assertThat(preview.report().posts()).isEqualTo(2);
        assertThat(preview.report().days()).isEqualTo(2);
        assertThat(preview.lastImport()).isNull();
        assertThat(rows("analytics_post", ada)).as("a preview stores nothing").isZero();

        AnalyticsImportResult first = activity.confirmAnalytics(upload, rows -> { }).join();

        assertThat(first.postsAdded()).isEqualTo(2);
        assertThat(rows("analytics_post", ada)).isEqualTo(2);
        assertThat(rows("analytics_day", ada)).isEqualTo(2);
        assertThat(rows("analytics_follower_day", ada)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT impressions FROM analytics_post WHERE employee_id = ? AND post_key = ?",
                Integer.class, ada.value(), "urn:li:activity:7390000000000000011")).isEqualTo(2_000);
        assertThat(jdbc.queryForObject("SELECT comments FROM analytics_post WHERE employee_id = ? AND post_key = ?",
                Integer.class, ada.value(), "urn:li:activity:7390000000000000011")).isEqualTo(6);

        AnalyticsImportResult again = activity.confirmAnalytics(upload(file), rows -> { }).join();

        assertThat(again.postsAdded()).isZero();
        assertThat(rows("analytics_post", ada)).isEqualTo(2);
        assertThat(rows("analytics_day", ada)).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM activity_analytics_import WHERE employee_id = ?"
                + " AND status = 'COMPLETED'", Long.class, ada.value())).isEqualTo(2);
    }

    @Test
    void a_bad_export_is_refused_whole_with_sheet_and_row_and_nothing_is_stored() throws IOException {
        EmployeeId bo = signedIn("Bo");
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        Path file = AnalyticsExports.english().period(today.minusDays(27), today).day(today.minusDays(3))
                .post(new AnalyticsExports.Post(AnalyticsExports.activityUrl(7_390_000_000_000_000_021L),
                        today.minusDays(3), 30, 2_000, null, null))
                .extra(wb -> {
                    var sheet = wb.newWorksheet("FOLLOWERS 2");
                    sheet.value(0, 0, "x");
                })
                .writeTo(export("Content.xlsx"));
        // the same export with a formula in a later sheet: the posts before it must not stay
        Path bad = AnalyticsExports.english().period(today.minusDays(27), today).day(today.minusDays(3))
                .post(new AnalyticsExports.Post(AnalyticsExports.activityUrl(7_390_000_000_000_000_021L),
                        today.minusDays(3), 30, 2_000, null, null))
                .extra(wb -> {
                    var sheet = wb.newWorksheet("FØLGERE");
                    sheet.value(0, 0, "Date");
                    sheet.value(0, 1, "New followers");
                    sheet.value(1, 0, "1/2/2026");
                    sheet.formula(1, 1, "1+1");
                })
                .writeTo(export("Content-edited.xlsx"));

        assertThat(activity.previewAnalytics(upload(file), rows -> { }).join().report().skipped())
                .extracting(SkippedFile::fileName).contains("FOLLOWERS 2");

        assertThatThrownBy(() -> activity.confirmAnalytics(upload(bad), rows -> { }).join())
                .isInstanceOf(CompletionException.class)
                .cause().isInstanceOfSatisfying(ArchiveRejected.class, rejected -> {
                    assertThat(rejected.messageKey()).isEqualTo("activity.rejected.analytics.formula");
                    assertThat(rejected.arguments()).contains("FØLGERE", 2);
                });
        assertThat(rows("analytics_post", bo)).as("all or nothing").isZero();
        assertThat(rows("analytics_day", bo)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM activity_analytics_import WHERE employee_id = ?"
                + " AND status = 'REJECTED'", Long.class, bo.value())).isEqualTo(1);
    }

    @Test
    void conversations_and_the_index_count_what_others_did_with_own_posts_and_company_content_is_no_own_post()
            throws IOException {
        EmployeeId cy = signedIn("Cy");
        java.time.Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        LinkedInArchives archive = new LinkedInArchives();
        String started = archive.post(now.minus(java.time.Duration.ofDays(2)), LinkedInArchives.POST);
        String quiet = archive.post(now.minus(java.time.Duration.ofDays(9)), LinkedInArchives.POST);
        String company = archive.post(now.minus(java.time.Duration.ofDays(4)),
                LinkedInArchives.POST + " https://www.podium.example/news/heat-pumps");
        Path zip = archive.writeZip(EXPORTS, "Basic_LinkedInDataExport_" + UUID.randomUUID() + ".zip");
        UploadedArchive upload = upload(zip);
        activity.preview(upload, read -> { }).join();
        ImportResult imported = activity.confirm(upload, written -> { }).join();

        PillarScore originality = imported.index().originality();
        assertThat(originality.figures()).containsEntry("ownPosts", 2).containsEntry("commentedReshares", 1)
                .containsEntry("companyContent", 1);
        assertThat(imported.index().engagementQuality().explanations()).extracting(Explanation::messageKey)
                .contains("activity.explain.engagement.no-analytics");
        assertThat(activityIndex.myConversations().exportImported()).isFalse();

        Path xlsx = AnalyticsExports.english().withCommentColumns().period(today.minusDays(27), today)
                .post(new AnalyticsExports.Post(linkOf(started), today.minusDays(2), 40, 1_500, 5, 1))
                .post(new AnalyticsExports.Post(linkOf(quiet), today.minusDays(9), 9, 800, 1, 0))
                .post(new AnalyticsExports.Post(linkOf(company), today.minusDays(4), 60, 5_000, 9, 3))
                .followerDay(today.minusDays(2)).followerDay(today.minusDays(9))
                .writeTo(export("Content.xlsx"));
        AnalyticsImportResult result = activity.confirmAnalytics(upload(xlsx), rows -> { }).join();

        Conversations conversations = activityIndex.myConversations();
        assertThat(conversations.exportImported()).isTrue();
        assertThat(conversations.posts()).as("company content is not the person's own").hasSize(2);
        PostConversation first = conversations.posts().getFirst();
        assertThat(first.startedConversation()).isTrue();
        assertThat(first.comments()).isEqualTo(5);
        assertThat(first.impressed()).isEqualTo(6);
        assertThat(first.impressions()).isEqualTo(1_500);
        assertThat(first.excerpt()).startsWith("Heat pumps changed");
        assertThat(first.format()).isEqualTo(PostFormat.TEXT);
        assertThat(conversations.posts().get(1).startedConversation()).isFalse();
        assertThat(conversations.postsStarted()).isEqualTo(1);
        assertThat(conversations.postsWithCommentFigures()).isEqualTo(2);
        assertThat(conversations.common()).extracting(Conversations.Common::dimension)
                .contains("LENGTH", "FORMAT", "WEEKDAY");
        assertThat(conversations.followerWeeks()).hasSize(12);
        assertThat(conversations.followerWeeks().stream().mapToInt(Conversations.FollowerWeek::gained).sum())
                .isEqualTo(6);

        PillarScore engagement = result.index().engagementQuality();
        assertThat(engagement.figures()).containsEntry("postsThatStartedConversations", 1)
                .containsEntry("postsWithReceivedComments", 2);
        assertThat(engagement.explanations()).extracting(Explanation::messageKey)
                .contains("activity.explain.engagement.started");
        assertThat(activityIndex.conversationsOf(cy).posts()).allSatisfy(p -> assertThat(p.excerpt()).isNull());
    }

    /** The archive's share link as the analytics export writes it: the URN, not percent-encoded. */
    private static String linkOf(String shareLink) {
        return java.net.URLDecoder.decode(shareLink, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static Path export(String name) throws IOException {
        Path folder = EXPORTS.resolve(UUID.randomUUID().toString());
        Files.createDirectories(folder);
        return folder.resolve(name);
    }

    private UploadedArchive upload(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return activity.receiveUpload(file.getFileName().toString(), in);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private long rows(String table, EmployeeId employee) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE employee_id = ?", Long.class,
                employee.value());
    }

    private EmployeeId signedIn(String firstName) {
        String email = firstName.toLowerCase(Locale.ROOT) + "." + UUID.randomUUID().toString().substring(0, 8)
                + "@analytics.podium.test";
        EmployeeId id = AsHr.call(() -> employees.register(new EmployeeDraft(firstName, "Analytics", email, null,
                null, "DK", null, EnumSet.of(Role.EMPLOYEE), Locale.ENGLISH)));
        SignIn.as(users, email);
        return id;
    }
}
