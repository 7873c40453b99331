package dev.podium.activity;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;

/**
 * An uploaded RSS or Atom feed (a blog, Mastodon's or Bluesky's profile feed), parsed by ROME. Podium never
 * fetches a URL: links are read as text. Doctypes, and with them external entities, are refused. A feed is
 * parsed whole, so its size is bounded by the per-file limit.
 */
final class FeedReader {

    private FeedReader() {
    }

    static void readFeed(String fileName, InputStream in, ReadContext context) throws IOException {
        SyndFeedInput input = new SyndFeedInput();
        input.setAllowDoctypes(false);
        input.setXmlHealerOn(false);
        SyndFeed feed;
        try {
            feed = input.build(TextInput.utf8(in));
        } catch (FeedException | IllegalArgumentException e) {
            ArchiveRejected known = Rejections.fromCause(fileName, e);
            throw known != null ? known : Rejections.unreadable(fileName, e);
        }
        context.fileRead(fileName);
        int dated = 0;
        for (SyndEntry entry : feed.getEntries()) {
            Date published = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
            if (published == null) {
                context.withoutDate();
                continue;
            }
            dated++;
            context.accept(fileName, item(entry, published.toInstant()));
        }
        if (dated == 0 && context.itemsWithoutDate() > 0) {
            throw Rejections.noDates(fileName);
        }
    }

    private static ActivityItem item(SyndEntry entry, Instant date) {
        String html = null;
        for (SyndContent content : entry.getContents()) {
            if (content.getValue() != null && !content.getValue().isBlank()) {
                html = content.getValue();
                break;
            }
        }
        if (html == null && entry.getDescription() != null) {
            html = entry.getDescription().getValue();
        }
        String body = html == null ? "" : TextInput.htmlText(html);
        String title = entry.getTitle() == null ? "" : TextInput.htmlText(entry.getTitle());
        // blog posts have a title of their own; Mastodon and Bluesky items have none, or repeat the first words
        String titleStart = title.replaceAll("(…|\\.\\.\\.)$", "").strip();
        boolean article = !title.isEmpty() && !body.startsWith(titleStart);
        String text = article ? title + "\n\n" + body : body;
        text = TextInput.nfc(text).strip();
        String link = blankToNull(entry.getLink());
        String key = blankToNull(entry.getUri());
        if (key == null) {
            key = link;
        }
        if (key == null) {
            key = "feed|" + date + "|" + sha256(text);
        }
        return new ActivityItem(ActivitySource.RSS, article ? ActivityKind.ARTICLE : ActivityKind.POST,
                ActivityItem.limitKey(key), date, text.isEmpty() ? null : text, link, null, null, null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
