package dev.podium.activity;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Builds LinkedIn data exports the way LinkedIn writes them (DOMAIN.md §2): activity CSVs with the member id suffix
 * in a folder of the zip, every line of a post wrapped in its own quotes, backslash-escaped comments, and files
 * Podium must never read (messages, connections) alongside.
 */
public final class LinkedInArchives {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);
    private static final AtomicLong IDS = new AtomicLong(7_100_000_000_000_000_000L + System.nanoTime() % 1_000_000_000L);
    /** Thirty-odd words of a post on heat pumps: an own post. */
    public static final String POST = "Heat pumps changed how our customers think about energy. Three lessons from a year of"
            + " installing them in old Danish houses: insulate first, size honestly, and explain the running costs"
            + " before the price. #energy";
    /** Fifteen words of a comment: substantive. */
    public static final String COMMENT = "I agree with the point on sizing, we saw the same in older brick houses last"
            + " winter here.";

    private final List<String> shares = new ArrayList<>();
    private final List<String> comments = new ArrayList<>();
    private final List<String> reactions = new ArrayList<>();

    static String newKey() {
        return Long.toString(IDS.incrementAndGet());
    }

    /** An own post at that time; returns its share link (the natural key). */
    public String post(Instant at, String text) {
        String link = "https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A" + newKey();
        // LinkedIn wraps each line of the post in quotes of its own, inside the RFC-4180 quoted field
        String wrapped = "\"" + String.join("\"\n\"", text.split("\n", -1)) + "\"";
        shares.add(DATE.format(at) + "," + link + "," + quoted(wrapped) + ",\"\",\"\",MEMBER_NETWORK");
        return link;
    }

    /** A bare reshare: a Shares row without commentary. */
    public void reshare(Instant at, String url) {
        String link = "https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A" + newKey();
        shares.add(DATE.format(at) + "," + link + ",\"\"," + url + ",\"\",MEMBER_NETWORK");
    }

    public void comment(Instant at, String text) {
        String link = "https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A" + newKey();
        comments.add(DATE.format(at) + "," + link + ",\"" + text.replace("\"", "\\\"") + "\"");
    }

    public void reaction(Instant at, String type) {
        reactions.add(DATE.format(at) + "," + type + ",https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A"
                + newKey());
    }

    /** The same archive plus what the person did since: LinkedIn exports always hold the full history. */
    public LinkedInArchives copy() {
        LinkedInArchives copy = new LinkedInArchives();
        copy.shares.addAll(shares);
        copy.comments.addAll(comments);
        copy.reactions.addAll(reactions);
        return copy;
    }

    public int items() {
        return shares.size() + comments.size() + reactions.size();
    }

    Map<String, String> files() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("Basic_LinkedInDataExport/Shares_123456.csv",
                "Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n" + lines(shares));
        files.put("Basic_LinkedInDataExport/Comments_123456.csv", "Date,Link,Message\n" + lines(comments));
        files.put("Basic_LinkedInDataExport/Reactions_123456.csv", "Date,Type,Link\n" + lines(reactions));
        // present in every real export, never to be read
        files.put("Basic_LinkedInDataExport/messages.csv", "CONVERSATION ID,FROM,TO,CONTENT\n1,A,B,\"secret\"\n");
        return files;
    }

    public Path writeZip(Path directory, String name) {
        return zip(directory.resolve(name), files());
    }

    static Path zip(Path target, Map<String, String> files) {
        try {
            Files.createDirectories(target.getParent());
            try (OutputStream out = Files.newOutputStream(target); ZipOutputStream zip = new ZipOutputStream(out)) {
                for (Map.Entry<String, String> file : files.entrySet()) {
                    zip.putNextEntry(new ZipEntry(file.getKey()));
                    zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                    zip.closeEntry();
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String lines(List<String> rows) {
        return rows.isEmpty() ? "" : String.join("\n", rows) + "\n";
    }

    private static String quoted(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }
}
