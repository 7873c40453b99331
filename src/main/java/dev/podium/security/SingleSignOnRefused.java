package dev.podium.security;

import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

/** The provider vouched for someone Podium will not let in: unknown to the register, or deactivated. */
final class SingleSignOnRefused extends OAuth2AuthenticationException {

    static final String UNKNOWN = "podium_unknown_person";
    static final String DEACTIVATED = "podium_deactivated";
    static final String NO_CLAIM = "podium_missing_claim";

    SingleSignOnRefused(String code, String description) {
        super(new OAuth2Error(code, description, null), description);
    }
}
