package dev.podium.security;

import java.nio.charset.StandardCharsets;

/** The rules every password a person chooses or HR hands out must meet. */
final class PasswordRules {

    private PasswordRules() {
    }

    static void check(String password, int minLength) {
        if (password == null || password.codePointCount(0, password.length()) < minLength) {
            throw new PasswordPolicyViolation("password.error.too-short");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > 72) {
            // bcrypt reads only the first 72 bytes; a longer password would be silently truncated
            throw new PasswordPolicyViolation("password.error.too-long");
        }
        if (password.equals(DemoCredentials.PASSWORD)) {
            throw new PasswordPolicyViolation("password.error.demo");
        }
    }
}
