package dev.podium.certificate;

import java.security.SecureRandom;

/**
 * Verification codes: 160 random bits from {@link SecureRandom}, written in Crockford's base32 (no padding, no
 * I/L/O/U), 32 characters. Unguessable, so the public page needs no other secret, and URL-safe.
 */
final class VerificationCodes {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final int BYTES = 20;
    static final int LENGTH = BYTES * 8 / 5;
    private static final SecureRandom RANDOM = new SecureRandom();

    private VerificationCodes() {
    }

    static String next() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        StringBuilder code = new StringBuilder(LENGTH);
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                code.append(ALPHABET[(buffer >>> (bits - 5)) & 31]);
                bits -= 5;
            }
        }
        return code.toString();
    }

    /** Whether the text has the shape of a code; the lookup treats malformed and unknown codes alike anyway. */
    static boolean wellFormed(String text) {
        if (text == null || text.length() != LENGTH) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (java.util.Arrays.binarySearch(ALPHABET, text.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }
}
