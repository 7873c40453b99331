package dev.podium.activity;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes LinkedIn analytics exports (.xlsx) of the documented layout with fastexcel's writer (DOMAIN.md §2 point 10):
 * DISCOVERY as label/value rows under an "Overall Performance" period line; ENGAGEMENT with Date, Impressions,
 * Engagements; TOP POSTS with a note row and a blank row above its titles and two blocks side by side (posts by
 * engagements on the left, by impressions on the right); FOLLOWERS with the total line, a blank row, then Date, New
 * followers; DEMOGRAPHICS as Top Demographics, Value, Percentage. English or Danish titles, dates as text in the
 * export's language or as real date cells.
 */
final class AnalyticsExports {

    enum Language { ENGLISH, DANISH }

    record Post(String url, LocalDate published, int engagements, int impressions, Integer comments,
            Integer reposts) {
    }

    private Language language = Language.ENGLISH;
    private boolean dateCells;
    private boolean withCommentColumns;
    private LocalDate from = LocalDate.of(2026, 9, 14);
    private LocalDate to = LocalDate.of(2026, 12, 6);
    private int impressions = 18_250;
    private int membersReached = 6_120;
    private final List<LocalDate> days = new ArrayList<>();
    private final List<Post> posts = new ArrayList<>();
    private final List<LocalDate> followerDays = new ArrayList<>();
    private int followersPerDay = 3;
    private Consumer<Workbook> extra = wb -> { };
    private boolean onlyExtra;

    static AnalyticsExports english() {
        return new AnalyticsExports();
    }

    static AnalyticsExports danish() {
        AnalyticsExports export = new AnalyticsExports();
        export.language = Language.DANISH;
        return export;
    }

    AnalyticsExports dateCells() {
        this.dateCells = true;
        return this;
    }

    AnalyticsExports withCommentColumns() {
        this.withCommentColumns = true;
        return this;
    }

    AnalyticsExports period(LocalDate from, LocalDate to) {
        this.from = from;
        this.to = to;
        return this;
    }

    AnalyticsExports day(LocalDate day) {
        days.add(day);
        return this;
    }

    AnalyticsExports everyDay() {
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            days.add(d);
            followerDays.add(d);
        }
        return this;
    }

    AnalyticsExports post(Post post) {
        posts.add(post);
        return this;
    }

    AnalyticsExports followerDay(LocalDate day) {
        followerDays.add(day);
        return this;
    }

    /** Something more in the workbook (a formula, another sheet …). */
    AnalyticsExports extra(Consumer<Workbook> extra) {
        this.extra = extra;
        return this;
    }

    /** Only what {@link #extra} writes: a workbook that is not LinkedIn's export at all. */
    AnalyticsExports onlyExtra() {
        this.onlyExtra = true;
        return this;
    }

    static String activityUrl(long id) {
        return "https://www.linkedin.com/feed/update/urn:li:activity:" + id + "/";
    }

    Path writeTo(Path file) {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    void write(OutputStream out) throws IOException {
        Workbook wb = new Workbook(out, "LinkedIn", "1.0");
        boolean da = language == Language.DANISH;
        if (!onlyExtra) {
            Worksheet discovery = wb.newWorksheet("DISCOVERY");
            discovery.value(0, 0, da ? "Samlet præstation" : "Overall Performance");
            discovery.value(0, 1, text(from) + " - " + text(to));
            discovery.value(1, 0, da ? "Visninger" : "Impressions");
            discovery.value(1, 1, impressions);
            discovery.value(2, 0, da ? "Nåede medlemmer" : "Members reached");
            discovery.value(2, 1, membersReached);

            Worksheet engagement = wb.newWorksheet("ENGAGEMENT");
            titles(engagement, 0, da ? new String[] {"Dato", "Visninger", "Engagementer"}
                    : new String[] {"Date", "Impressions", "Engagements"});
            int r = 1;
            for (LocalDate day : days) {
                date(engagement, r, 0, day);
                engagement.value(r, 1, 100 + day.getDayOfMonth());
                engagement.value(r, 2, day.getDayOfMonth() % 7);
                r++;
            }

            Worksheet top = wb.newWorksheet("TOP POSTS");
            top.value(0, 0, da ? "Højst 50 opslag kan medtages på denne liste" 
                    : "Maximum of 50 posts available to include in this list");
            String url = da ? "Opslagets URL" : "Post URL";
            String published = da ? "Udgivelsesdato for opslag" : "Post publish date";
            List<String> left = new ArrayList<>(List.of(url, published, da ? "Engagementer" : "Engagements"));
            if (withCommentColumns) {
                left.add(da ? "Kommentarer" : "Comments");
                left.add(da ? "Videredelinger" : "Reposts");
            }
            int right = left.size() + 1;
            titles(top, 2, left.toArray(String[]::new));
            top.value(2, right, url);
            top.value(2, right + 1, published);
            top.value(2, right + 2, da ? "Visninger" : "Impressions");
            List<Post> byEngagements = posts.stream()
                    .sorted((a, b) -> Integer.compare(b.engagements(), a.engagements())).toList();
            List<Post> byImpressions = posts.stream()
                    .sorted((a, b) -> Integer.compare(b.impressions(), a.impressions())).toList();
            for (int i = 0; i < posts.size(); i++) {
                Post p = byEngagements.get(i);
                top.value(3 + i, 0, p.url());
                date(top, 3 + i, 1, p.published());
                top.value(3 + i, 2, p.engagements());
                if (withCommentColumns) {
                    if (p.comments() != null) {
                        top.value(3 + i, 3, p.comments());
                    }
                    if (p.reposts() != null) {
                        top.value(3 + i, 4, p.reposts());
                    }
                }
                Post q = byImpressions.get(i);
                top.value(3 + i, right, q.url());
                date(top, 3 + i, right + 1, q.published());
                top.value(3 + i, right + 2, da ? danishThousands(q.impressions()) : englishThousands(q.impressions()));
            }

            Worksheet followers = wb.newWorksheet("FOLLOWERS");
            followers.value(0, 0, (da ? "Følgere i alt pr. " : "Total followers on ") + text(to) + ":");
            followers.value(0, 1, 1_204);
            titles(followers, 2, da ? new String[] {"Dato", "Nye følgere"} : new String[] {"Date", "New followers"});
            r = 3;
            for (LocalDate day : followerDays) {
                date(followers, r, 0, day);
                followers.value(r, 1, followersPerDay);
                r++;
            }

            Worksheet demographics = wb.newWorksheet("DEMOGRAPHICS");
            titles(demographics, 0, da ? new String[] {"Topdemografi", "Værdi", "Procentdel"}
                    : new String[] {"Top Demographics", "Value", "Percentage"});
            demographics.value(1, 0, da ? "Jobtitler" : "Job titles");
            demographics.value(1, 1, "Software Engineer");
            demographics.value(1, 2, 0.043);
        }
        extra.accept(wb);
        wb.finish();
    }

    private void titles(Worksheet sheet, int row, String... titles) {
        for (int c = 0; c < titles.length; c++) {
            sheet.value(row, c, titles[c]);
        }
    }

    private void date(Worksheet sheet, int row, int column, LocalDate day) {
        if (dateCells) {
            sheet.value(row, column, day);
            sheet.style(row, column).format("yyyy-mm-dd").set();
        } else {
            sheet.value(row, column, text(day));
        }
    }

    /** English exports write month first (1/15/2026), Danish ones day first (15.1.2026). */
    private String text(LocalDate day) {
        return language == Language.DANISH ? DateTimeFormatter.ofPattern("d.M.yyyy").format(day)
                : DateTimeFormatter.ofPattern("M/d/yyyy").format(day);
    }

    private static String englishThousands(int n) {
        return String.format(java.util.Locale.US, "%,d", n);
    }

    private static String danishThousands(int n) {
        return String.format(java.util.Locale.US, "%,d", n).replace(',', '.');
    }
}
