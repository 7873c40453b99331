package dev.podium.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

class AnalyticsReaderTest {

    private static final LocalDate MON = LocalDate.of(2026, 11, 2);

    @TempDir
    Path dir;

    private final List<AnalyticsFigures.Post> posts = new ArrayList<>();
    private final List<AnalyticsFigures.Day> days = new ArrayList<>();
    private final List<AnalyticsFigures.FollowerDay> followers = new ArrayList<>();
    private final AnalyticsFigures.Sink sink = new AnalyticsFigures.Sink() {
        @Override
        public void post(AnalyticsFigures.Post post) {
            posts.add(post);
        }

        @Override
        public void day(AnalyticsFigures.Day day) {
            days.add(day);
        }

        @Override
        public void followers(AnalyticsFigures.FollowerDay day) {
            followers.add(day);
        }
    };

    private AnalyticsReport read(AnalyticsExports export) {
        return read(export, ActivityProperties.defaults().analytics());
    }

    private AnalyticsReport read(AnalyticsExports export, ActivityProperties.Analytics limits) {
        Path file = export.writeTo(dir.resolve("Content_2026-09-14_2026-12-06.xlsx"));
        return new AnalyticsReader(limits, ArchiveLimits.defaults()).read("Content.xlsx", file, sink);
    }

    private static AnalyticsExports sample(AnalyticsExports export) {
        return export.period(LocalDate.of(2026, 9, 14), LocalDate.of(2026, 12, 6))
                .day(LocalDate.of(2026, 11, 2)).day(LocalDate.of(2026, 11, 13))
                .post(new AnalyticsExports.Post(AnalyticsExports.activityUrl(7_390_000_000_000_000_001L), MON, 42,
                        3_510, 9, 2))
                .post(new AnalyticsExports.Post(AnalyticsExports.activityUrl(7_390_000_000_000_000_002L),
                        LocalDate.of(2026, 11, 13), 7, 1_204, 0, 1))
                .followerDay(LocalDate.of(2026, 11, 2)).followerDay(LocalDate.of(2026, 11, 3));
    }

    @Test
    void an_english_export_gives_its_period_days_posts_from_both_blocks_and_followers() {
        AnalyticsReport report = read(sample(AnalyticsExports.english()));

        assertThat(report.periodStart()).isEqualTo(LocalDate.of(2026, 9, 14));
        assertThat(report.periodEnd()).isEqualTo(LocalDate.of(2026, 12, 6));
        assertThat(report.impressions()).isEqualTo(18_250);
        assertThat(report.membersReached()).isEqualTo(6_120);
        assertThat(report.totalFollowers()).isEqualTo(1_204);
        assertThat(report.totalFollowersOn()).isEqualTo(LocalDate.of(2026, 12, 6));
        assertThat(days).extracting(AnalyticsFigures.Day::day)
                .containsExactly(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 13));
        assertThat(days.get(1).impressions()).isEqualTo(113);
        assertThat(report.posts()).isEqualTo(2);
        // each post comes once from the engagements block and once from the impressions block
        assertThat(posts).hasSize(4);
        assertThat(posts).filteredOn(p -> p.engagements() != null)
                .extracting(AnalyticsFigures.Post::key, AnalyticsFigures.Post::engagements)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("urn:li:activity:7390000000000000001", 42),
                        org.assertj.core.groups.Tuple.tuple("urn:li:activity:7390000000000000002", 7));
        assertThat(posts).filteredOn(p -> p.impressions() != null).extracting(AnalyticsFigures.Post::impressions)
                .containsExactly(3_510, 1_204);
        assertThat(posts).allSatisfy(p -> assertThat(p.comments()).isNull());
        assertThat(posts.getFirst().publishedOn()).isEqualTo(MON);
        assertThat(followers).extracting(AnalyticsFigures.FollowerDay::newFollowers).containsExactly(3, 3);
        assertThat(report.rowsPerSheet()).containsEntry("ENGAGEMENT", 2).containsEntry("TOP POSTS", 2)
                .containsEntry("FOLLOWERS", 2);
        assertThat(report.skipped()).extracting(SkippedFile::fileName).containsExactly("DEMOGRAPHICS");
    }

    @Test
    void danish_titles_and_day_first_dates_read_the_same_as_english_ones() {
        AnalyticsReport report = read(sample(AnalyticsExports.danish()).withCommentColumns());

        assertThat(report.periodStart()).isEqualTo(LocalDate.of(2026, 9, 14));
        assertThat(report.totalFollowersOn()).isEqualTo(LocalDate.of(2026, 12, 6));
        assertThat(report.impressions()).isEqualTo(18_250);
        // 2.11.2026 is the 2nd of November, not the 11th of February
        assertThat(days).extracting(AnalyticsFigures.Day::day)
                .containsExactly(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 13));
        assertThat(posts.getFirst().publishedOn()).isEqualTo(MON);
        assertThat(posts).filteredOn(p -> p.impressions() != null).extracting(AnalyticsFigures.Post::impressions)
                .containsExactly(3_510, 1_204);
        assertThat(posts).filteredOn(p -> p.comments() != null)
                .extracting(AnalyticsFigures.Post::comments, AnalyticsFigures.Post::reposts)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(9, 2), org.assertj.core.groups.Tuple.tuple(0, 1));
        assertThat(report.postsWithComments()).isEqualTo(2);
    }

    @Test
    void real_date_cells_are_read_as_dates() {
        read(sample(AnalyticsExports.english()).dateCells());

        assertThat(days).extracting(AnalyticsFigures.Day::day)
                .containsExactly(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 13));
        assertThat(posts.getFirst().publishedOn()).isEqualTo(MON);
    }

    @Test
    void empty_sheets_are_fine_as_long_as_the_export_holds_some_figure() {
        AnalyticsReport report = read(AnalyticsExports.english());

        assertThat(report.rows()).isZero();
        assertThat(report.impressions()).isEqualTo(18_250);
        assertThat(posts).isEmpty();
    }

    @Test
    void a_formula_is_refused_naming_sheet_and_row() {
        assertThatThrownBy(() -> read(AnalyticsExports.english().onlyExtra().extra(wb -> {
            var sheet = wb.newWorksheet("ENGAGEMENT");
            sheet.value(0, 0, "Date");
            sheet.value(0, 1, "Impressions");
            sheet.value(1, 0, "11/2/2026");
            sheet.formula(1, 1, "HYPERLINK(\"https://evil.example\",\"click\")");
        })))
                .isInstanceOf(ArchiveRejected.class)
                .satisfies(e -> {
                    ArchiveRejected rejected = (ArchiveRejected) e;
                    assertThat(rejected.messageKey()).isEqualTo("activity.rejected.analytics.formula");
                    assertThat(rejected.line()).isEqualTo(2);
                    assertThat(rejected.arguments()).contains("ENGAGEMENT");
                });
    }

    @Test
    void a_workbook_without_any_sheet_of_the_export_is_refused() {
        assertThatThrownBy(() -> read(AnalyticsExports.english().onlyExtra().extra(wb -> {
            var sheet = wb.newWorksheet("Budget 2027");
            sheet.value(0, 0, "Quarter");
        })))
                .isInstanceOf(ArchiveRejected.class)
                .extracting(e -> ((ArchiveRejected) e).messageKey())
                .isEqualTo("activity.rejected.analytics.wrong-sheets");
    }

    @Test
    void a_number_that_is_not_one_is_refused_naming_sheet_row_and_value() {
        assertThatThrownBy(() -> read(AnalyticsExports.english().onlyExtra().extra(wb -> {
            var sheet = wb.newWorksheet("FOLLOWERS");
            sheet.value(0, 0, "Date");
            sheet.value(0, 1, "New followers");
            sheet.value(1, 0, "11/2/2026");
            sheet.value(1, 1, 4);
            sheet.value(2, 0, "11/3/2026");
            sheet.value(2, 1, "lots");
        })))
                .isInstanceOf(ArchiveRejected.class)
                .satisfies(e -> {
                    ArchiveRejected rejected = (ArchiveRejected) e;
                    assertThat(rejected.messageKey()).isEqualTo("activity.rejected.analytics.bad-number");
                    assertThat(rejected.arguments()).containsExactly("Content.xlsx", "FOLLOWERS", 3, "lots");
                    assertThat(rejected.getMessage()).contains("sheet FOLLOWERS, row 3");
                });
    }

    @Test
    void a_date_that_is_not_one_is_refused_naming_sheet_and_row() {
        assertThatThrownBy(() -> read(AnalyticsExports.english().onlyExtra().extra(wb -> {
            var sheet = wb.newWorksheet("ENGAGEMENT");
            sheet.value(0, 0, "Date");
            sheet.value(0, 1, "Impressions");
            sheet.value(1, 0, "13/13/2026");
            sheet.value(1, 1, 4);
        })))
                .isInstanceOf(ArchiveRejected.class)
                .extracting(e -> ((ArchiveRejected) e).messageKey(), e -> ((ArchiveRejected) e).line())
                .containsExactly("activity.rejected.analytics.bad-date", 2);
    }

    @Test
    void a_sheet_with_more_rows_than_allowed_is_refused() {
        AnalyticsExports export = AnalyticsExports.english().everyDay();
        ActivityProperties.Analytics small = new ActivityProperties.Analytics(DataSize.ofMegabytes(50), 20, 64,
                4_000);

        assertThatThrownBy(() -> read(export, small))
                .isInstanceOf(ArchiveRejected.class)
                .extracting(e -> ((ArchiveRejected) e).messageKey())
                .isEqualTo("activity.rejected.analytics.too-many-rows");
    }

    @Test
    void a_zip_bomb_inside_the_workbook_is_refused_before_any_xml_is_parsed() throws IOException {
        Path bomb = dir.resolve("bomb.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes());
            zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
            zip.write("<workbook/>".getBytes());
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 60; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }

        assertThatThrownBy(() -> new AnalyticsReader(ActivityProperties.defaults().analytics(),
                ArchiveLimits.defaults()).read("bomb.xlsx", bomb, sink))
                .isInstanceOf(ArchiveRejected.class)
                .extracting(e -> ((ArchiveRejected) e).messageKey())
                .isIn("activity.rejected.zip-bomb", "activity.rejected.entry-too-large");
    }

    @Test
    void an_old_excel_file_and_random_bytes_are_refused_with_a_reason() throws IOException {
        Path xls = dir.resolve("old.xls");
        try (OutputStream out = Files.newOutputStream(xls)) {
            out.write(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
                    (byte) 0xE1, 0, 0, 0, 0});
        }
        Path noise = Files.write(dir.resolve("noise.xlsx"), "not a workbook at all".getBytes());
        AnalyticsReader reader = new AnalyticsReader(ActivityProperties.defaults().analytics(),
                ArchiveLimits.defaults());

        assertThatThrownBy(() -> reader.read("old.xls", xls, sink)).isInstanceOf(ArchiveRejected.class)
                .extracting(e -> ((ArchiveRejected) e).messageKey()).isEqualTo("activity.rejected.analytics.old-excel");
        assertThatThrownBy(() -> reader.read("noise.xlsx", noise, sink)).isInstanceOf(ArchiveRejected.class)
                .extracting(e -> ((ArchiveRejected) e).messageKey()).isEqualTo("activity.rejected.unknown-format");
    }

    @Test
    void post_keys_are_the_urn_whether_the_link_is_encoded_or_not() {
        assertThat(AnalyticsReader.postKey("https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A7390000000000000001"))
                .isEqualTo("urn:li:activity:7390000000000000001");
        assertThat(AnalyticsReader.postKey("https://www.linkedin.com/feed/update/urn:li:ugcPost:7390000000000000001/?x=1"))
                .isEqualTo("urn:li:ugcPost:7390000000000000001");
        assertThat(AnalyticsReader.postKey("https://example.com/post/1?utm=2")).isEqualTo("https://example.com/post/1");
    }
}
