package dev.podium.security;

import java.util.Locale;

/** Where and in which language the system may write to a person. */
public record MailContact(String email, String displayName, Locale locale, boolean enabled) {
}
