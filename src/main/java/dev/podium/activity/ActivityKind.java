package dev.podium.activity;

/** The raw kind of an activity item as the export states it, before classification. */
public enum ActivityKind {
    POST, ARTICLE, RESHARE, COMMENT, REACTION
}
