package dev.podium.activity;

/** What kind of post it was, as far as the archive tells: words only, words with a link, or an article. */
public enum PostFormat {
    TEXT, LINK, ARTICLE
}
