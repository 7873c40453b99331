package dev.podium.activity;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackReader;
import java.io.Reader;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON exports read one element of a large array at a time, never the whole file: a Mastodon outbox (an object
 * whose {@code orderedItems} is the array) and X's data files (a JavaScript assignment
 * {@code window.YTD.<name>.part0 = [...]} whose prefix is checked and cut off; nothing is ever evaluated). Bad
 * input becomes an {@link ArchiveRejected} naming the file and the line.
 */
final class JsonInput {

    /** Reads one element of a large array at a time, so what follows the element is not an error. */
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
    private static final Pattern ASSIGNMENT = Pattern.compile("\\s*window\\.YTD\\.[A-Za-z0-9_]+\\.part\\d+\\s*=\\s*");
    private static final int MAX_PREFIX = 200;

    private JsonInput() {
    }

    /**
     * Streams the objects of the array under {@code property} of the file's top-level object; every other property
     * is passed over. {@code arrayFound} runs once when the array starts.
     *
     * @return whether the property held an array at all
     */
    static boolean eachInProperty(String fileName, InputStream in, String property, Runnable arrayFound,
            Consumer<JsonNode> action) throws IOException {
        try (JsonParser parser = JSON.createParser(TextInput.utf8(in))) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw Rejections.brokenJson(fileName, line(parser));
            }
            boolean found = false;
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (property.equals(name) && value == JsonToken.START_ARRAY) {
                    found = true;
                    arrayFound.run();
                    eachElement(fileName, parser, action);
                } else {
                    parser.skipChildren();
                }
            }
            return found;
        }
    }

    /** Whether a text starts like an X archive data file. */
    static boolean looksLikeXData(String start) {
        return start.stripLeading().startsWith("window.YTD.");
    }

    /**
     * Streams the objects of an X data file's {@code window.YTD.<name>.part0 = [ ... ]} one by one; the array must
     * be complete. Whatever follows the array (a semicolon, usually) is not read. {@code arrayFound} runs once when
     * the array starts.
     */
    static void eachInXData(String fileName, InputStream in, Runnable arrayFound, Consumer<JsonNode> action)
            throws IOException {
        PushbackReader reader = new PushbackReader(TextInput.utf8(in), 1);
        skipAssignment(fileName, reader);
        try (JsonParser parser = JSON.createParser(reader)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw Rejections.brokenJson(fileName, 1);
            }
            arrayFound.run();
            eachElement(fileName, parser, action);
        }
    }

    /** The stripped text of a string node; null for anything else and for blank text. */
    static String string(JsonNode node) {
        if (node == null || !node.isString()) {
            return null;
        }
        String value = node.stringValue().strip();
        return value.isEmpty() ? null : value;
    }

    /** An ISO-8601 date and time with an offset, as ActivityStreams writes it; null when it is not one. */
    static Instant isoInstant(String value) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** With the parser on an array's start: every object in it, then the array's end, or the file is broken. */
    private static void eachElement(String fileName, JsonParser parser, Consumer<JsonNode> action) {
        while (parser.nextToken() == JsonToken.START_OBJECT) {
            action.accept(JSON.readTree(parser));
        }
        if (parser.currentToken() != JsonToken.END_ARRAY) {
            throw Rejections.brokenJson(fileName, line(parser));
        }
    }

    private static void skipAssignment(String fileName, Reader reader) throws IOException {
        StringBuilder prefix = new StringBuilder();
        int c;
        while ((c = reader.read()) >= 0 && c != '=') {
            prefix.append((char) c);
            if (prefix.length() > MAX_PREFIX) {
                throw Rejections.unknownFormat(fileName);
            }
        }
        if (c != '=' || !ASSIGNMENT.matcher(prefix + "=").matches()) {
            throw Rejections.unknownFormat(fileName);
        }
    }

    private static int line(JsonParser parser) {
        return Math.max(1, parser.currentLocation().getLineNr());
    }
}
