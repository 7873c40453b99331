package dev.podium.security;

/** Too many password resets were asked for this address or from this client in the current window. */
public class TooManyRequests extends RuntimeException {

    public TooManyRequests() {
        super("Too many requests; try again later");
    }
}
