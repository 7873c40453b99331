package dev.podium.activity;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The activity files of a LinkedIn member data export (DOMAIN.md §2): Shares, Comments, Reactions,
 * InstantReposts and the Articles HTML. Nothing else of that export is read here.
 */
final class LinkedInReader {

    /** The CSV files read, by normalised name, with the columns each must have. */
    enum CsvFile {
        SHARES(List.of("Date", "ShareLink", "ShareCommentary"), "Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility"),
        COMMENTS(List.of("Date", "Link", "Message"), "Date,Link,Message"),
        REACTIONS(List.of("Date", "Type", "Link"), "Date,Type,Link"),
        INSTANT_REPOSTS(List.of("Date", "Link"), "Date,Link");

        final List<String> required;
        final String header;

        CsvFile(List<String> required, String header) {
            this.required = required;
            this.header = header;
        }

        static CsvFile byNormalisedName(String name) {
            return switch (name) {
                case "shares" -> SHARES;
                case "comments" -> COMMENTS;
                case "reactions" -> REACTIONS;
                case "instantreposts", "instant_reposts" -> INSTANT_REPOSTS;
                default -> null;
            };
        }

        /** For a lone CSV upload whose name says nothing: the activity file its header belongs to. */
        static CsvFile byHeader(List<String> header) {
            for (CsvFile file : List.of(SHARES, COMMENTS, REACTIONS)) {
                if (header.containsAll(file.required)) {
                    return file;
                }
            }
            // Date,Link alone, since every other file has those two columns as well
            return header.equals(INSTANT_REPOSTS.required) ? INSTANT_REPOSTS : null;
        }
    }

    private static final DateTimeFormatter ACTIVITY_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss][ 'UTC']",
            Locale.ROOT);
    private static final Pattern URN = Pattern.compile("urn:li:[A-Za-z]+:(?:\\([^()]*\\)|[^/?#&\\s]+)");
    private static final Pattern COMMENT_URN = Pattern.compile("[?&]commentUrn=([^&#]+)");
    private static final Pattern ARTICLE_DATE = Pattern.compile(
            "(Published|Created) on (\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}(?::\\d{2})?)");

    private LinkedInReader() {
    }

    static void readCsv(CsvFile kind, String fileName, InputStream in, ReadContext context) throws IOException {
        CsvInput csv = CsvInput.open(fileName, in,
                kind == CsvFile.COMMENTS ? CsvInput.BACKSLASH_ESCAPED : CsvInput.STANDARD);
        // these files have no preamble: the first row is the header, and it must name the columns read
        List<String> header = csv.header(cells -> true);
        if (header == null || !header.containsAll(kind.required)) {
            throw Rejections.wrongHeader(fileName, kind.header);
        }
        context.fileRead(fileName);
        for (CsvInput.Row row = csv.next(); row != null; row = csv.next()) {
            ActivityItem item = switch (kind) {
                case SHARES -> share(row, fileName);
                case COMMENTS -> comment(row, fileName);
                case REACTIONS -> reaction(row, fileName);
                case INSTANT_REPOSTS -> instantRepost(row, fileName);
            };
            context.accept(fileName, item);
        }
    }

    private static ActivityItem share(CsvInput.Row row, String file) {
        Instant date = date(row.value("Date"), file, row.line());
        String shareLink = row.value("ShareLink");
        String text = shareCommentary(row.value("ShareCommentary"));
        String sharedUrl = row.value("SharedUrl");
        String mediaUrl = row.value("MediaUrl");
        String key = shareLink == null ? "share|" + date : urnOrLink(shareLink);
        ActivityKind kind;
        if (text == null) {
            // a bare repost; a picture or video without words is still the person's own post
            kind = sharedUrl == null && mediaUrl != null ? ActivityKind.POST : ActivityKind.RESHARE;
        } else {
            kind = isLinkedInPost(sharedUrl) ? ActivityKind.RESHARE : ActivityKind.POST;
        }
        return new ActivityItem(ActivitySource.LINKEDIN, kind, ActivityItem.limitKey(key), date, text, shareLink,
                sharedUrl, null, null);
    }

    private static ActivityItem comment(CsvInput.Row row, String file) {
        Instant date = date(row.value("Date"), file, row.line());
        String link = row.value("Link");
        String text = TextInput.words(row.value("Message"));
        String post = link == null ? null : urnOrLink(link);
        String commentUrn = link == null ? null : commentUrn(link);
        // one post, many comments: without the comment's own URN the date tells them apart
        String key = commentUrn != null ? commentUrn : "comment|" + (post == null ? "" : post) + "|" + date;
        return new ActivityItem(ActivitySource.LINKEDIN, ActivityKind.COMMENT, ActivityItem.limitKey(key), date, text,
                link, null, post, null);
    }

    private static ActivityItem reaction(CsvInput.Row row, String file) {
        Instant date = date(row.value("Date"), file, row.line());
        String link = row.value("Link");
        String type = row.value("Type");
        String commentUrn = link == null ? null : commentUrn(link);
        // ?commentUrn= marks a reaction to a comment rather than to the post
        String target = commentUrn != null ? commentUrn : link == null ? "" : urnOrLink(link);
        String key = "reaction|" + target + "|" + (type == null ? "" : type);
        return new ActivityItem(ActivitySource.LINKEDIN, ActivityKind.REACTION, ActivityItem.limitKey(key), date, null,
                link, null, target.isEmpty() ? null : target, type);
    }

    private static ActivityItem instantRepost(CsvInput.Row row, String file) {
        Instant date = date(row.value("Date"), file, row.line());
        String link = row.value("Link");
        String key = "repost|" + (link == null ? date.toString() : urnOrLink(link));
        return new ActivityItem(ActivitySource.LINKEDIN, ActivityKind.RESHARE, ActivityItem.limitKey(key), date, null,
                link, link, null, null);
    }

    /** An article from {@code Articles/Articles/<slug>.html}; without a date it is counted, not imported. */
    static void readArticle(String fileName, InputStream in, ReadContext context) throws IOException {
        String html = TextInput.readAll(in);
        Document page = Jsoup.parse(html);
        context.fileRead(fileName);
        Element heading = page.selectFirst("h1");
        String title = heading != null ? heading.text() : page.title();
        Element titleLink = heading == null ? null : heading.selectFirst("a[href]");
        String link = titleLink == null ? null : titleLink.attr("href");
        Instant date = null;
        String published = null;
        for (Element p : page.select("p.published, p.created")) {
            Matcher m = ARTICLE_DATE.matcher(p.text());
            if (m.find() && (published == null || m.group(1).equals("Published"))) {
                published = m.group(2);
            }
            p.remove();
        }
        if (published == null) {
            Matcher m = ARTICLE_DATE.matcher(page.text());
            if (m.find()) {
                published = m.group(2);
            }
        }
        if (published != null) {
            try {
                date = LocalDateTime.parse(published, ACTIVITY_DATE).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                date = null;
            }
        }
        if (date == null) {
            context.withoutDate();
            return;
        }
        if (heading != null) {
            heading.remove();
        }
        String body = page.body() == null ? "" : page.body().text();
        String text = TextInput.words((title == null || title.isBlank() ? "" : title + "\n\n") + body);
        String key = link != null && !link.isBlank() ? link : "article|" + fileName;
        context.accept(fileName, new ActivityItem(ActivitySource.LINKEDIN, ActivityKind.ARTICLE,
                ActivityItem.limitKey(key), date, text, link, null, null, null));
    }

    // ---- values

    private static Instant date(String value, String file, int line) {
        if (value == null) {
            throw Rejections.badDate(file, line, "");
        }
        Instant plain = plainDate(value);
        if (plain != null) {
            return plain;
        }
        try {
            return LocalDateTime.parse(value, ACTIVITY_DATE).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(value);
            } catch (DateTimeParseException again) {
                throw Rejections.badDate(file, line, value.length() > 40 ? value.substring(0, 40) : value);
            }
        }
    }

    /**
     * The shape every row of LinkedIn's activity files has, {@code 2024-03-05 09:15:00}, read without the formatter
     * (which was a tenth of reading a row, JFR); null for anything else, which the formatter then reads or refuses
     * exactly as before. Only values that are a valid date and time come back, so the two never disagree.
     */
    static Instant plainDate(String value) {
        if (value.length() != 19 || value.charAt(4) != '-' || value.charAt(7) != '-' || value.charAt(10) != ' '
                || value.charAt(13) != ':' || value.charAt(16) != ':') {
            return null;
        }
        int year = digits(value, 0, 4);
        int month = digits(value, 5, 7);
        int day = digits(value, 8, 10);
        int hour = digits(value, 11, 13);
        int minute = digits(value, 14, 16);
        int second = digits(value, 17, 19);
        if (year < 1 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59
                || second < 0 || second > 59 || day > YearMonth.of(year, month).lengthOfMonth()) {
            return null;
        }
        return LocalDateTime.of(year, month, day, hour, minute, second).toInstant(ZoneOffset.UTC);
    }

    /** The ASCII digits from {@code start} to {@code end} as a number, or -1 when one is not a digit. */
    private static int digits(String value, int start, int end) {
        int number = 0;
        for (int i = start; i < end; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            number = number * 10 + (c - '0');
        }
        return number;
    }

    /**
     * LinkedIn wraps every line of a post in its own quotes on top of the CSV quoting; once the CSV is decoded,
     * one leading and one trailing quote per line go. Only when every non-empty line is wrapped, so a post that
     * merely ends with a quotation keeps it.
     */
    static String shareCommentary(String raw) {
        if (raw == null) {
            return null;
        }
        List<String> lines = raw.replace("\r\n", "\n").replace('\r', '\n').lines().toList();
        boolean wrapped = lines.stream().filter(l -> !l.isEmpty())
                .allMatch(l -> l.length() >= 2 && l.startsWith("\"") && l.endsWith("\"") || l.equals("\""));
        if (!wrapped) {
            return TextInput.words(raw);
        }
        StringBuilder text = new StringBuilder();
        for (String l : lines) {
            String stripped = l.isEmpty() ? l : l.equals("\"") ? "" : l.substring(1, l.length() - 1);
            text.append(stripped).append('\n');
        }
        return TextInput.words(text.toString());
    }

    /** The URN inside a link, percent-decoded, so the same post gives the same key in every file. */
    static String urnOrLink(String link) {
        String path = link;
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        String decoded = percentDecode(path);
        Matcher m = URN.matcher(decoded);
        return m.find() ? m.group() : decoded;
    }

    static String commentUrn(String link) {
        Matcher m = COMMENT_URN.matcher(link);
        if (!m.find()) {
            return null;
        }
        String decoded = percentDecode(m.group(1));
        return decoded.isBlank() ? null : decoded;
    }

    private static boolean isLinkedInPost(String url) {
        if (url == null) {
            return false;
        }
        String lower = percentDecode(url).toLowerCase(Locale.ROOT);
        return lower.contains("urn:li:") || lower.matches("^https?://([a-z0-9-]+\\.)*linkedin\\.com/(feed/update|posts)/.*");
    }

    /** Decodes %XX only (a plus stays a plus, unlike form decoding); broken escapes stay as they are. */
    static String percentDecode(String value) {
        if (value.indexOf('%') < 0) {
            return value;
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(value.length());
        int i = 0;
        while (i < value.length()) {
            int c = value.codePointAt(i);
            if (c == '%' && i + 2 < value.length() && Character.digit(value.charAt(i + 1), 16) >= 0
                    && Character.digit(value.charAt(i + 2), 16) >= 0) {
                bytes.write(Character.digit(value.charAt(i + 1), 16) * 16 + Character.digit(value.charAt(i + 2), 16));
                i += 3;
            } else if (c < 0x80) {
                // most of a link is ASCII: one byte as it is, without a string per character (JFR)
                bytes.write(c);
                i++;
            } else {
                byte[] raw = Character.toString(c).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                bytes.write(raw, 0, raw.length);
                i += Character.charCount(c);
            }
        }
        // bytes that are not UTF-8 become U+FFFD rather than an error: a key only has to be stable
        return bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
