package dev.podium.activity;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * A Mastodon archive's {@code outbox.json} (ActivityStreams), read one activity at a time. {@code Create}
 * of a Note is a post, or a comment when it answers something; {@code Announce} is a boost (bare reshare). Only
 * public and unlisted posts are read: followers-only posts and direct messages are left out unread.
 */
final class MastodonReader {

    private static final Set<String> PUBLIC = Set.of("https://www.w3.org/ns/activitystreams#Public",
            "as:Public", "Public");

    private MastodonReader() {
    }

    static void readOutbox(String fileName, InputStream in, ReadContext context) throws IOException {
        int[] privatePosts = {0};
        boolean sawItems = JsonInput.eachInProperty(fileName, in, "orderedItems", () -> context.fileRead(fileName),
                activity -> {
                    if (!read(fileName, activity, context)) {
                        privatePosts[0]++;
                    }
                });
        if (!sawItems) {
            throw Rejections.brokenJson(fileName, 1);
        }
        if (privatePosts[0] > 0) {
            context.skip(fileName, "activity.skipped.private-posts",
                    privatePosts[0] + " followers-only posts and direct messages were left out unread");
        }
    }

    /** @return false when the activity was private and left out */
    private static boolean read(String fileName, JsonNode activity, ReadContext context) {
        String type = JsonInput.string(activity.path("type"));
        if ("Announce".equals(type)) {
            if (!isPublicOrUnlisted(activity)) {
                return false;
            }
            JsonNode object = activity.path("object");
            String boosted = object.isObject() ? JsonInput.string(object.path("id")) : JsonInput.string(object);
            Instant date = JsonInput.isoInstant(JsonInput.string(activity.path("published")));
            String id = JsonInput.string(activity.path("id"));
            if (date == null || id == null) {
                context.withoutDate();
                return true;
            }
            context.accept(fileName, new ActivityItem(ActivitySource.MASTODON, ActivityKind.RESHARE,
                    ActivityItem.limitKey(id), date, null, id, boosted, null, null));
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
        Instant date = JsonInput.isoInstant(JsonInput.string(note.path("published")));
        if (date == null) {
            date = JsonInput.isoInstant(JsonInput.string(activity.path("published")));
        }
        String id = JsonInput.string(note.path("id"));
        if (id == null) {
            id = JsonInput.string(activity.path("id"));
        }
        if (date == null || id == null) {
            context.withoutDate();
            return true;
        }
        String html = JsonInput.string(note.path("content"));
        String text = html == null ? null : TextInput.htmlText(html);
        String inReplyTo = JsonInput.string(note.path("inReplyTo"));
        String url = JsonInput.string(note.path("url"));
        ActivityKind kind = inReplyTo != null ? ActivityKind.COMMENT
                : "Article".equals(JsonInput.string(note.path("type"))) ? ActivityKind.ARTICLE : ActivityKind.POST;
        context.accept(fileName, new ActivityItem(ActivitySource.MASTODON, kind, ActivityItem.limitKey(id), date,
                text == null || text.isEmpty() ? null : TextInput.nfc(text),
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
}
