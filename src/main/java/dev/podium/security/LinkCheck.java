package dev.podium.security;

import java.util.Locale;

/**
 * What the page behind a one-time link may show: its state and, for a valid link only, whose it is.
 *
 * @param displayName the person's name, for a valid link; {@code null} otherwise
 * @param locale the person's language, for a valid link; {@code null} otherwise
 */
public record LinkCheck(LinkState state, LinkPurpose purpose, String displayName, String email, Locale locale) {

    static LinkCheck refused(LinkState state) {
        return new LinkCheck(state, null, null, null, null);
    }
}
