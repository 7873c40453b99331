package dev.podium.activity;

/** What an item counts as for the Social Leadership Index (DOMAIN.md §5). */
public enum Classification {
    OWN_POST, ARTICLE, COMMENTED_RESHARE, THIN_RESHARE, BARE_RESHARE, SUBSTANTIVE_COMMENT, COMMENT, REACTION
}
