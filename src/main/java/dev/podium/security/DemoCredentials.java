package dev.podium.security;

/**
 * The password of the seeded demo accounts. Published in the README on purpose: it exists so people can explore
 * a local run, and a production start refuses to run while any account still uses it.
 */
public final class DemoCredentials {

    public static final String PASSWORD = "podium-demo";

    private DemoCredentials() {
    }
}
