package dev.podium.activity;

/** Where an activity item came from. */
public enum ActivitySource {
    LINKEDIN, MASTODON, RSS, X
}
