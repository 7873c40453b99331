package dev.podium.security;

import java.util.Locale;

/** A person's UI preferences, kept with their account. */
public record Preferences(Locale locale, ColorScheme colorScheme) {
}
