package dev.podium.activity;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Counting words and matching topics on NFKC-normalised text, so that "mathematical bold" letters people use
 * for emphasis on LinkedIn count as the letters they look like.
 */
final class Words {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern URL = Pattern.compile("(?i)^(https?://|www\\.)\\S*");

    private Words() {
    }

    static String normalise(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFKC);
    }

    /** Tokens holding at least one letter or digit; links and emoji are not words. */
    static int count(String text) {
        String normalised = normalise(text).strip();
        if (normalised.isEmpty()) {
            return 0;
        }
        int words = 0;
        for (String token : WHITESPACE.split(normalised)) {
            if (!URL.matcher(token).matches() && token.codePoints().anyMatch(Character::isLetterOrDigit)) {
                words++;
            }
        }
        return words;
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
