package dev.podium.security;

/** A one-time link that can no longer set a password: expired, used, replaced, unknown or its person deactivated. */
public class LinkRefused extends RuntimeException {

    private final LinkState state;

    public LinkRefused(LinkState state) {
        super("Link refused: " + state);
        this.state = state;
    }

    public LinkState state() {
        return state;
    }
}
