package dev.podium.security;

/** The colour scheme a person chose for the UI; kept with their account so it follows them across devices. */
public enum ColorScheme {
    LIGHT, DARK
}
