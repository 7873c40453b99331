package dev.podium.shared;

/**
 * What a session's principal says about the person behind it. The security module's principals (password and single
 * sign-on) implement it, so that {@link CurrentUser} — which every module uses — needs nothing from that module.
 */
public interface SignedInPrincipal {

    SignedInUser signedInUser();
}
