package dev.podium.activity;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Counting words and matching topics on NFKC-normalised text, so that "mathematical bold" letters people use
 * for emphasis on LinkedIn count as the letters they look like.
 */
final class Words {

    private Words() {
    }

    static String normalise(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFKC);
    }

    /**
     * Tokens (separated by ASCII whitespace) holding at least one letter or digit; links ({@code http://},
     * {@code https://}, {@code www.} in any ASCII case) and emoji are not words. One pass over the text without
     * regular expressions or streams: every imported item and every item of the index window is counted, and this
     * was the import's hottest method (JFR, issue 17).
     */
    static int count(String text) {
        String normalised = normalise(text).strip();
        int length = normalised.length();
        int words = 0;
        int i = 0;
        while (i < length) {
            while (i < length && separates(normalised.charAt(i))) {
                i++;
            }
            int start = i;
            boolean letterOrDigit = false;
            while (i < length && !separates(normalised.charAt(i))) {
                int codePoint = normalised.codePointAt(i);
                letterOrDigit |= Character.isLetterOrDigit(codePoint);
                i += Character.charCount(codePoint);
            }
            if (letterOrDigit && !isLink(normalised, start)) {
                words++;
            }
        }
        return words;
    }

    /** What {@code \s} matches in a Java regular expression without flags: ASCII whitespace only. */
    private static boolean separates(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    private static boolean isLink(String text, int start) {
        return startsWithIgnoringAsciiCase(text, start, "http://")
                || startsWithIgnoringAsciiCase(text, start, "https://")
                || startsWithIgnoringAsciiCase(text, start, "www.");
    }

    /** Only ASCII letters fold, as in a {@code (?i)} regular expression without {@code UNICODE_CASE}. */
    private static boolean startsWithIgnoringAsciiCase(String text, int start, String lowerPrefix) {
        if (text.length() - start < lowerPrefix.length()) {
            return false;
        }
        for (int k = 0; k < lowerPrefix.length(); k++) {
            char c = text.charAt(start + k);
            char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            if (lower != lowerPrefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** Something was written, but not a single letter or digit: emoji, punctuation. */
    static boolean emojiOnly(String text) {
        String normalised = normalise(text).strip();
        return !normalised.isEmpty() && normalised.codePoints().noneMatch(Character::isLetterOrDigit);
    }

    /** A case-insensitive match of a whole word or phrase (or a hashtag, when it starts with #). */
    static Pattern phrase(String keyword) {
        String normalised = normalise(keyword).strip().toLowerCase(Locale.ROOT);
        return Pattern.compile("(?<![\\p{L}\\p{N}_#])" + Pattern.quote(normalised) + "(?![\\p{L}\\p{N}_])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    static Pattern hashtag(String tag) {
        String normalised = normalise(tag).strip();
        while (normalised.startsWith("#")) {
            normalised = normalised.substring(1);
        }
        return Pattern.compile("(?<![\\p{L}\\p{N}_])#" + Pattern.quote(normalised.toLowerCase(Locale.ROOT))
                + "(?![\\p{L}\\p{N}_])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    static String forMatching(String text) {
        return normalise(text).toLowerCase(Locale.ROOT);
    }
}
