package dev.podium.activity;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
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

    /** Shares.csv doubles quotes (RFC 4180). */
    private static final CSVFormat STANDARD = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();
    /**
     * Comments.csv escapes quotes with a backslash instead, with real newlines inside quoted values. (Commons CSV
     * then also reads a backslash-n as a newline; LinkedIn writes real newlines, so that costs nothing.)
     */
    private static final CSVFormat BACKSLASH_ESCAPED = STANDARD.builder().setEscape('\\').get();

    private static final DateTimeFormatter ACTIVITY_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss][ 'UTC']",
            Locale.ROOT);
    private static final Pattern URN = Pattern.compile("urn:li:[A-Za-z]+:(?:\\([^()]*\\)|[^/?#&\\s]+)");
    private static final Pattern COMMENT_URN = Pattern.compile("[?&]commentUrn=([^&#]+)");
    private static final Pattern ARTICLE_DATE = Pattern.compile(
            "(Published|Created) on (\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}(?::\\d{2})?)");

    private LinkedInReader() {
    }

    /** The first CSV row; a lone CSV upload is recognised by it. */
    static List<String> header(CSVRecord first) {
        return first.stream().map(String::strip).toList();
    }

    static void readCsv(CsvFile kind, String fileName, InputStream in, ReadContext context) throws IOException {
        RowBudget reader = new RowBudget(TextInput.utf8(in), fileName);
        CSVParser parser = CSVParser.builder().setReader(reader)
                .setFormat(kind == CsvFile.COMMENTS ? BACKSLASH_ESCAPED : STANDARD).get();
        Iterator<CSVRecord> rows = parser.iterator();
        Map<String, Integer> columns = columns(kind, fileName, rows, parser);
        context.fileRead(fileName);
        while (true) {
            int line = (int) parser.getCurrentLineNumber() + 1;
            reader.nextRow(line);
            CSVRecord row;
            try {
                if (!rows.hasNext()) {
                    break;
                }
                row = rows.next();
            } catch (UncheckedIOException e) {
                throw csvProblem(fileName, line, e);
            }
            ActivityItem item = switch (kind) {
                case SHARES -> share(row, columns, fileName, line);
                case COMMENTS -> comment(row, columns, fileName, line);
                case REACTIONS -> reaction(row, columns, fileName, line);
                case INSTANT_REPOSTS -> instantRepost(row, columns, fileName, line);
            };
            if (item != null) {
                context.accept(fileName, item);
            }
        }
    }

    /**
     * A CSV parser holds a whole row in memory, so an unclosed quote would make it hold the rest of the file.
     * LinkedIn's rows are a few thousand characters at most (posts are limited to 3,000): a row of a million is
     * refused, counted on the characters read for it (give or take the parser's read-ahead).
     */
    static final class RowBudget extends java.io.FilterReader {
        static final int MAX_ROW_CHARS = 1_000_000;
        private final String fileName;
        private long sinceRowStart;
        private int line = 1;

        RowBudget(Reader in, String fileName) {
            super(in);
            this.fileName = fileName;
        }

        void nextRow(int line) {
            this.line = line;
            sinceRowStart = 0;
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            count(c < 0 ? 0 : 1);
            return c;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(0, n));
            return n;
        }

        private void count(int n) {
            sinceRowStart += n;
            if (sinceRowStart > MAX_ROW_CHARS) {
                throw Rejections.rowTooLong(fileName, line, MAX_ROW_CHARS);
            }
        }
    }

    private static Map<String, Integer> columns(CsvFile kind, String fileName, Iterator<CSVRecord> rows,
            CSVParser parser) {
        List<String> header;
        try {
            if (!rows.hasNext()) {
                throw Rejections.wrongHeader(fileName, kind.header);
            }
            header = header(rows.next());
        } catch (UncheckedIOException e) {
            throw csvProblem(fileName, 1, e);
        }
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            columns.putIfAbsent(header.get(i), i);
        }
        if (!columns.keySet().containsAll(kind.required)) {
            throw Rejections.wrongHeader(fileName, kind.header);
        }
        return columns;
    }

    private static RuntimeException csvProblem(String fileName, int line, UncheckedIOException e) {
        ArchiveRejected known = Rejections.fromCause(fileName, e);
        return known != null ? known : Rejections.brokenCsv(fileName, line);
    }

    private static ActivityItem share(CSVRecord row, Map<String, Integer> columns, String file, int line) {
        Instant date = date(value(row, columns, "Date"), file, line);
        String shareLink = value(row, columns, "ShareLink");
        String text = shareCommentary(value(row, columns, "ShareCommentary"));
        String sharedUrl = value(row, columns, "SharedUrl");
        String mediaUrl = value(row, columns, "MediaUrl");
        String key = shareLink == null ? "share|" + date : urnOrLink(shareLink);
        ActivityKind kind;
        if (text == null) {
            // a bare repost; a picture or video without words is still the person's own post
            kind = sharedUrl == null && mediaUrl != null ? ActivityKind.POST : ActivityKind.RESHARE;
        } else {
            kind = isLinkedInPost(sharedUrl) ? ActivityKind.RESHARE : ActivityKind.POST;
        }
        return new ActivityItem(ActivitySource.LINKEDIN, kind, limit(key), date, text, shareLink, sharedUrl, null,
                null);
    }

    private static ActivityItem comment(CSVRecord row, Map<String, Integer> columns, String file, int line) {
        Instant date = date(value(row, columns, "Date"), file, line);
        String link = value(row, columns, "Link");
        String text = text(value(row, columns, "Message"));
        String post = link == null ? null : urnOrLink(link);
        String commentUrn = link == null ? null : commentUrn(link);
        // one post, many comments: without the comment's own URN the date tells them apart
        String key = commentUrn != null ? commentUrn : "comment|" + (post == null ? "" : post) + "|" + date;
        return new ActivityItem(ActivitySource.LINKEDIN, ActivityKind.COMMENT, limit(key), date, text, link, null,
                post, null);
    }

    private static ActivityItem reaction(CSVRecord row, Map<String, Integer> columns, String file, int line) {
        Instant date = date(value(row, columns, "Date"), file, line);
        String link = value(row, columns, "Link");
        String type = value(row, columns, "Type");
        String commentUrn = link == null ? null : commentUrn(link);
        // ?commentUrn= marks a reaction to a comment rather than to the post
        String target = commentUrn != null ? commentUrn : link == null ? "" : urnOrLink(link);
        String key = "reaction|" + target + "|" + (type == null ? "" : type);
        return new ActivityItem(ActivitySource.LINKEDIN, ActivityKind.REACTION, limit(key), date, null, link, null,
                target.isEmpty() ? null : target, type);
    }

    private static ActivityItem instantRepost(CSVRecord row, Map<String, Integer> columns, String file, int line) {
        Instant date = date(value(row, columns, "Date"), file, line);
        String link = value(row, columns, "Link");
        String key = "repost|" + (link == null ? date.toString() : urnOrLink(link));
        return new ActivityItem(ActivitySource.LINKEDIN, ActivityKind.RESHARE, limit(key), date, null, link, link,
                null, null);
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
        String text = text((title == null || title.isBlank() ? "" : title + "\n\n") + body);
        String key = link != null && !link.isBlank() ? link : "article|" + fileName;
        context.accept(fileName, new ActivityItem(ActivitySource.LINKEDIN, ActivityKind.ARTICLE, limit(key), date,
                text, link, null, null, null));
    }

    // ---- values

    private static String value(CSVRecord row, Map<String, Integer> columns, String column) {
        Integer index = columns.get(column);
        if (index == null || index >= row.size()) {
            return null;
        }
        String value = row.get(index).strip();
        // LinkedIn writes empty values as "" (quoted and quoted again)
        return value.isEmpty() || value.equals("\"\"") ? null : value;
    }

    private static Instant date(String value, String file, int line) {
        if (value == null) {
            throw Rejections.badDate(file, line, "");
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
            return text(raw);
        }
        StringBuilder text = new StringBuilder();
        for (String l : lines) {
            String stripped = l.isEmpty() ? l : l.equals("\"") ? "" : l.substring(1, l.length() - 1);
            text.append(stripped).append('\n');
        }
        return text(text.toString());
    }

    private static String text(String raw) {
        if (raw == null) {
            return null;
        }
        String text = Normalizer.normalize(raw.replace("\r\n", "\n").replace('\r', '\n'), Normalizer.Form.NFC)
                .strip();
        return text.isEmpty() || text.equals("\"\"") ? null : text;
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
            } else {
                byte[] raw = Character.toString(c).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                bytes.write(raw, 0, raw.length);
                i += Character.charCount(c);
            }
        }
        // bytes that are not UTF-8 become U+FFFD rather than an error: a key only has to be stable
        return bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    static String limit(String key) {
        if (key.length() <= ActivityItem.MAX_KEY_LENGTH) {
            return key;
        }
        int end = ActivityItem.MAX_KEY_LENGTH;
        return key.substring(0, Character.isHighSurrogate(key.charAt(end - 1)) ? end - 1 : end);
    }
}
