package dev.podium.drafts;

/**
 * HR's two word lists for the draft check: confidential words (project names, unreleased products) a draft should not
 * carry, and the company's product names, whose mention asks for disclosure in the post.
 */
public enum WatchListKind {
    CONFIDENTIAL, PRODUCT
}
