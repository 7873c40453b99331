package dev.podium.activity;

import java.util.List;

/**
 * A topic a person chose to build their voice on; an item matches when its text names a keyword or hashtag.
 *
 * @param hashtags with or without the leading {@code #}
 */
public record VoiceTopic(String label, List<String> keywords, List<String> hashtags) {

    public VoiceTopic {
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        hashtags = hashtags == null ? List.of() : List.copyOf(hashtags);
    }
}
