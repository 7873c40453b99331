package dev.podium.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The one-pass word count against the regular-expression rule it replaced, on text made to find the edges. */
class WordsTest {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern URL = Pattern.compile("(?i)^(https?://|www\\.)\\S*");

    /** The rule as first written: split on whitespace, count tokens with a letter or digit that are no link. */
    private static int byRegularExpressions(String text) {
        String normalised = Words.normalise(text).strip();
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

    @Property(tries = 3_000)
    void counts_as_the_regular_expressions_did(@ForAll("texts") String text) {
        assertThat(Words.count(text)).isEqualTo(byRegularExpressions(text));
    }

    @Test
    void links_emoji_and_punctuation_are_no_words_but_bold_letters_are() {
        assertThat(Words.count("Read https://example.com and WWW.example.org now 🚀 — ok")).isEqualTo(4);
        assertThat(Words.count("𝐁𝐨𝐥𝐝 words\u3000count")).isEqualTo(3);
        assertThat(Words.count(null)).isZero();
        assertThat(Words.count(" \t\u000B\f\r\n")).isZero();
    }

    @Provide
    Arbitrary<String> texts() {
        List<String> pieces = List.of("a", "Z", "ø", "7", " ", "  ", "\t", "\n", "\r\n", "\u000B", "\f", "\u00A0",
                "\u2003", "\u3000", "\u1680", "\u001F", "http://", "HTTPS://", "hTtP://", "www.", "WwW.", "ww.",
                "https:/", "🚀", "😀", "\uD835\uDC01", "ſ", "\u212A", "ﬁ", "—", "!", "#", "@", ".", "/", ":", "x.com",
                "\u0301", "ß", "İ", "\uD800");
        return Arbitraries.of(pieces).list().ofMaxSize(24).map(list -> String.join("", list));
    }
}
