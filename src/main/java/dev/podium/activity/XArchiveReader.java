package dev.podium.activity;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import tools.jackson.databind.JsonNode;

/**
 * An X (Twitter) archive's {@code data/tweets.js}: a JavaScript assignment {@code window.YTD.tweets.part0 = [...]}.
 * The assignment is checked and cut off, the array read as JSON one post at a time; nothing is ever evaluated.
 */
final class XArchiveReader {

    private static final DateTimeFormatter CREATED_AT = DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss Z yyyy",
            Locale.ENGLISH);

    private XArchiveReader() {
    }

    /** At most this many long posts are kept for matching; they are a small share of anyone's posts. */
    private static final int MAX_LONG_POSTS = 20_000;

    /**
     * {@code data/note-tweet.js}: the full text of posts longer than 280 characters, which tweets.js holds cut
     * short. The two are linked by the second they were made (the archive gives no shared id). Only works when
     * this file comes before tweets.js in the archive, as it does in X's own archives (alphabetical order).
     */
    static void readLongPosts(String fileName, InputStream in, ReadContext context) throws IOException {
        JsonInput.eachInXData(fileName, in, () -> context.fileRead(fileName), element -> {
            JsonNode note = element.path("noteTweet").isObject() ? element.path("noteTweet") : element;
            Instant created = JsonInput.isoInstant(JsonInput.string(note.path("createdAt")));
            String text = JsonInput.string(note.path("core").path("text"));
            if (created != null && text != null && context.xLongPosts().size() < MAX_LONG_POSTS) {
                context.xLongPosts().put(created.getEpochSecond(), text);
            }
        });
    }

    static void readTweets(String fileName, InputStream in, ReadContext context) throws IOException {
        context.xPostsRead(true);
        // newer archives wrap each post as {"tweet": {...}}, older ones do not
        JsonInput.eachInXData(fileName, in, () -> context.fileRead(fileName),
                element -> read(fileName, element.path("tweet").isObject() ? element.path("tweet") : element, context));
    }

    private static void read(String fileName, JsonNode tweet, ReadContext context) {
        String id = JsonInput.string(tweet.path("id_str"));
        id = id == null ? null : ActivityItem.limitKey(id);
        Instant date = date(JsonInput.string(tweet.path("created_at")));
        if (id == null || date == null) {
            context.withoutDate();
            return;
        }
        String text = JsonInput.string(tweet.path("full_text"));
        if (text == null) {
            text = JsonInput.string(tweet.path("text"));
        }
        String full = context.xLongPosts().get(date.getEpochSecond());
        if (full != null && text != null && !text.startsWith("RT @") && startsAlike(full, text)) {
            text = full;
        }
        String link = "https://x.com/i/status/" + id;
        String inReplyTo = JsonInput.string(tweet.path("in_reply_to_status_id_str"));
        String sharedUrl = firstUrl(tweet);
        ActivityItem item;
        if (text != null && text.startsWith("RT @")) {
            // a retweet carries the other person's words, not the employee's
            item = new ActivityItem(ActivitySource.X, ActivityKind.RESHARE, id, date, null, link, sharedUrl, null, null);
        } else if (inReplyTo != null) {
            item = new ActivityItem(ActivitySource.X, ActivityKind.COMMENT, id, date, TextInput.nfc(text), link, null,
                    "https://x.com/i/status/" + inReplyTo, null);
        } else if (sharedUrl != null && sharedUrl.matches("^https?://(www\\.)?(twitter|x)\\.com/[^/]+/status/\\d+.*")) {
            // a quote post: someone else's post with the employee's words on top
            item = new ActivityItem(ActivitySource.X, ActivityKind.RESHARE, id, date, TextInput.nfc(text), link,
                    sharedUrl, null, null);
        } else {
            item = new ActivityItem(ActivitySource.X, ActivityKind.POST, id, date, TextInput.nfc(text), link, sharedUrl, null,
                    null);
        }
        context.accept(fileName, item);
    }

    /** The cut text is the start of the long one, up to the shortening and a t.co link. */
    private static boolean startsAlike(String full, String cut) {
        String start = cut.strip();
        start = start.substring(0, Math.min(start.length(), 40));
        return full.strip().startsWith(start);
    }

    private static String firstUrl(JsonNode tweet) {
        for (JsonNode url : tweet.path("entities").path("urls").values()) {
            String expanded = JsonInput.string(url.path("expanded_url"));
            if (expanded != null) {
                return expanded;
            }
        }
        return null;
    }

    private static Instant date(String value) {
        if (value == null) {
            return null;
        }
        try {
            return ZonedDateTime.parse(value, CREATED_AT).toInstant();
        } catch (DateTimeParseException e) {
            return JsonInput.isoInstant(value);
        }
    }
}
