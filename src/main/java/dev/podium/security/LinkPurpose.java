package dev.podium.security;

/** Why a one-time link was sent. */
public enum LinkPurpose {
    /** HR invited the person to choose their first password. */
    INVITATION,
    /** The person asked for a new password from the login page. */
    RESET
}
