package dev.podium.activity;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Set;
import org.jsoup.Jsoup;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Mastodon archive's {@code outbox.json} (ActivityStreams), read one activity at a time. {@code Create}
 * of a Note is a post, or a comment when it answers something; {@code Announce} is a boost (bare reshare). Only
 * public and unlisted posts are read: followers-only posts and direct messages are left out unread.
 */
final class MastodonReader {

    /** Reads one element of a large array at a time, so what follows the element is not an error. */
    static final JsonMapper JSON = JsonMapper.builder()
            .disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
    private static final Set<String> PUBLIC = Set.of("https://www.w3.org/ns/activitystreams#Public",
            "as:Public", "Public");

    private MastodonReader() {
    }

    static void readOutbox(String fileName, InputStream in, ReadContext context) throws IOException {
        Reader reader = TextInput.utf8(in);
        int privatePosts = 0;
        try (JsonParser parser = JSON.createParser(reader)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw Rejections.brokenJson(fileName, line(parser));
            }
            boolean sawItems = false;
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("orderedItems".equals(name) && value == JsonToken.START_ARRAY) {
                    sawItems = true;
                    context.fileRead(fileName);
                    while (parser.nextToken() == JsonToken.START_OBJECT) {
                        JsonNode activity = JSON.readTree(parser);
                        if (!read(fileName, activity, context)) {
                            privatePosts++;
                        }
                    }
                    if (parser.currentToken() != JsonToken.END_ARRAY) {
                        throw Rejections.brokenJson(fileName, line(parser));
                    }
                } else {
                    parser.skipChildren();
                }
            }
            if (!sawItems) {
                throw Rejections.brokenJson(fileName, 1);
            }
        }
        if (privatePosts > 0) {
            context.skip(fileName, "activity.skipped.private-posts",
                    privatePosts + " followers-only posts and direct messages were left out unread");
        }
    }

    /** @return false when the activity was private and left out */
    private static boolean read(String fileName, JsonNode activity, ReadContext context) {
        String type = string(activity.path("type"));
        if ("Announce".equals(type)) {
            if (!isPublicOrUnlisted(activity)) {
                return false;
            }
            JsonNode object = activity.path("object");
            String boosted = object.isObject() ? string(object.path("id")) : string(object);
            Instant date = date(string(activity.path("published")));
            String id = string(activity.path("id"));
            if (date == null || id == null) {
                context.withoutDate();
                return true;
            }
            context.accept(fileName, new ActivityItem(ActivitySource.MASTODON, ActivityKind.RESHARE,
                    LinkedInReader.limit(id), date, null, id, boosted, null, null));
            return true;
        }
        if (!"Create".equals(type) || !activity.path("object").isObject()) {
            return true;
        }
        JsonNode note = activity.path("object");
        // the note's own addressing decides; older archives put it on the activity only. No addressing at all:
        // visibility unknown, so it is treated as private
        boolean visible = hasAddressing(note) ? isPublicOrUnlisted(note) : isPublicOrUnlisted(activity);
        if (!visible) {
            return false;
        }
        Instant date = date(string(note.path("published")));
        if (date == null) {
            date = date(string(activity.path("published")));
        }
        String id = string(note.path("id"));
        if (id == null) {
            id = string(activity.path("id"));
        }
        if (date == null || id == null) {
            context.withoutDate();
            return true;
        }
        String html = string(note.path("content"));
        String text = html == null ? null : Jsoup.parse(html).text().strip();
        String inReplyTo = string(note.path("inReplyTo"));
        String url = string(note.path("url"));
        ActivityKind kind = inReplyTo != null ? ActivityKind.COMMENT
                : "Article".equals(string(note.path("type"))) ? ActivityKind.ARTICLE : ActivityKind.POST;
        context.accept(fileName, new ActivityItem(ActivitySource.MASTODON, kind, LinkedInReader.limit(id), date,
                text == null || text.isEmpty() ? null : java.text.Normalizer.normalize(text,
                        java.text.Normalizer.Form.NFC),
                url != null ? url : id, null, inReplyTo, null));
        return true;
    }

    /** Public: the public collection is addressed in {@code to}; unlisted: in {@code cc}. */
    private static boolean isPublicOrUnlisted(JsonNode node) {
        return addresses(node.path("to")) || addresses(node.path("cc"));
    }

    private static boolean hasAddressing(JsonNode node) {
        return !node.path("to").isMissingNode() || !node.path("cc").isMissingNode();
    }

    private static boolean addresses(JsonNode audience) {
        if (audience.isString()) {
            return PUBLIC.contains(audience.stringValue());
        }
        if (audience.isArray()) {
            for (JsonNode a : audience.values()) {
                if (a.isString() && PUBLIC.contains(a.stringValue())) {
                    return true;
                }
            }
        }
        return false;
    }

    static String string(JsonNode node) {
        if (node == null || !node.isString()) {
            return null;
        }
        String value = node.stringValue().strip();
        return value.isEmpty() ? null : value;
    }

    static Instant date(String value) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static int line(JsonParser parser) {
        return Math.max(1, parser.currentLocation().getLineNr());
    }
}
