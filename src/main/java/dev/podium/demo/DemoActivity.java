package dev.podium.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * One demo person's LinkedIn data export over the last twelve weeks, written as LinkedIn writes it (DOMAIN.md §2:
 * Shares and Comments CSVs in a folder of a zip), so the demo's activity goes through the same reader, classifier
 * and index as a real upload.
 */
final class DemoActivity {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);
    private static final int WEEKS = 12;

    private static final String[] OPENINGS = {
        "Three things I learned this week while working with our customers on their energy transition:",
        "A question I keep getting in workshops, and my honest answer after ten years in the field:",
        "We shipped something small today that took us months to get right. Here is why it mattered:",
        "I was wrong about remote onboarding. What changed my mind was one conversation with a new colleague:",
        "Our team tried a new way of planning the quarter. The results surprised even the sceptics among us:",
        "What a good supplier relationship looks like from the inside, after a difficult delivery season:",
        "The most useful feedback I got this year came from a customer who almost cancelled:",
        "Some thoughts on data quality, written for people who do not work with data every day:"};
    private static final String[] MIDDLES = {
        "First, start with the problem the customer actually has, not the one our product solves best.",
        "The hard part was never the technology; it was agreeing on what done means for everyone involved.",
        "Small, frequent check-ins beat a long report at the end, every single time we measured it.",
        "Writing the decision down before the meeting made the meeting half as long and twice as useful.",
        "Asking why twice more than felt comfortable uncovered the real constraint behind the request."};
    private static final String[] CLOSINGS = {
        "How do you handle this in your team? I would like to learn from other approaches. #leadership",
        "I work at the company behind this project, so I am not neutral, but the lesson holds anywhere. #energy",
        "Curious whether others see the same pattern. #customersuccess",
        "Happy to share the template we used if it helps anyone. #engineering"};
    private static final String[] COMMENTS = {
        "Thank you for writing this up. We saw the same with our onboarding last spring and changed the first week.",
        "Strong point about measuring before deciding. Which figure did you start with, and why that one?",
        "I agree with most of this, though in regulated industries the check-in rhythm needs an audit trail too.",
        "This matches our experience in the German market almost exactly; the sizing lesson especially.",
        "Great example. We tried something similar and learned that writing it down early matters most."};
    private static final String[] SHARED = {"https://news.example/energy-report-2026",
        "https://blog.example/quarterly-results", "https://press.example/new-office-aarhus",
        "https://news.example/leadership-survey"};

    private final List<String> shares = new ArrayList<>();
    private final List<String> comments = new ArrayList<>();
    private long key;

    private DemoActivity(long firstKey) {
        this.key = firstKey;
    }

    /**
     * The items of one person: each of the last twelve weeks is active with {@code activeWeekChance}; an active week
     * has one to three items, their own words with {@code ownShare}, a bare reshare otherwise.
     */
    static DemoActivity draw(double activeWeekChance, double ownShare, Instant now, Random random) {
        DemoActivity archive = new DemoActivity(7_200_000_000_000_000_000L + random.nextInt(1_000_000_000) * 1_000L);
        for (int week = 0; week < WEEKS; week++) {
            if (random.nextDouble() >= activeWeekChance) {
                continue;
            }
            int items = 1 + random.nextInt(3);
            for (int i = 0; i < items; i++) {
                // a working-day hour within that week, never in the future
                Instant at = now.minus(Duration.ofDays(7L * week + random.nextInt(7)))
                        .minus(Duration.ofMinutes(30 + random.nextInt(600)));
                double kind = random.nextDouble();
                if (kind >= ownShare) {
                    archive.reshare(at, SHARED[random.nextInt(SHARED.length)]);
                } else if (kind < ownShare * 0.55) {
                    archive.post(at, OPENINGS[random.nextInt(OPENINGS.length)] + "\n"
                            + MIDDLES[random.nextInt(MIDDLES.length)] + "\n" + CLOSINGS[random.nextInt(CLOSINGS.length)]);
                } else {
                    archive.comment(at, COMMENTS[random.nextInt(COMMENTS.length)]);
                }
            }
        }
        return archive;
    }

    int items() {
        return shares.size() + comments.size();
    }

    private void post(Instant at, String text) {
        // LinkedIn wraps each line of a post in quotes of its own, inside the quoted field
        String wrapped = "\"" + String.join("\"\n\"", text.split("\n", -1)) + "\"";
        shares.add(DATE.format(at) + "," + link("share") + "," + quoted(wrapped) + ",\"\",\"\",MEMBER_NETWORK");
    }

    private void reshare(Instant at, String url) {
        shares.add(DATE.format(at) + "," + link("share") + ",\"\"," + url + ",\"\",MEMBER_NETWORK");
    }

    private void comment(Instant at, String text) {
        comments.add(DATE.format(at) + "," + link("activity") + ",\"" + text.replace("\"", "\\\"") + "\"");
    }

    private String link(String kind) {
        return "https://www.linkedin.com/feed/update/urn%3Ali%3A" + kind + "%3A" + (++key);
    }

    byte[] zip() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            entry(zip, "Basic_LinkedInDataExport/Shares.csv",
                    "Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n" + lines(shares));
            entry(zip, "Basic_LinkedInDataExport/Comments.csv", "Date,Link,Message\n" + lines(comments));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String lines(List<String> rows) {
        return rows.isEmpty() ? "" : String.join("\n", rows) + "\n";
    }

    private static String quoted(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }
}
