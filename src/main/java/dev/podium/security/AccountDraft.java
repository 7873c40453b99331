package dev.podium.security;

import dev.podium.shared.Role;
import java.util.Locale;
import java.util.Set;

/** The account data that follows from a person's record in {@code people}. */
public record AccountDraft(String username, String displayName, Set<Role> roles, Locale locale) {

    public AccountDraft {
        roles = Set.copyOf(roles);
    }
}
