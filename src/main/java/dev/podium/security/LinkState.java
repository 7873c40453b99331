package dev.podium.security;

/** What a one-time link can still do; each refusal has a page of its own that says what to do next. */
public enum LinkState {
    VALID, EXPIRED, USED, SUPERSEDED, DEACTIVATED, UNKNOWN
}
