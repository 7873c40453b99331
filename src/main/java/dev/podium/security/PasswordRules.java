package dev.podium.security;

import com.nulabinc.zxcvbn.Pattern;
import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import com.nulabinc.zxcvbn.matchers.Match;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * What a password must be, after NIST SP 800-63B (5.1.1.2): long enough, at most what bcrypt reads, and not
 * guessable — not on lists of common and leaked passwords, not dictionary words, repeats ({@code aaaaaaaaaa}) or
 * sequences ({@code 1234567890}, {@code qwertyuiop}), and not built from the context: the person's e-mail address,
 * their name or "Podium". The lists and the guess estimate are zxcvbn's (zxcvbn4j, with its frequency lists of
 * leaked passwords and common words). No composition rules (NIST advises against them).
 */
@Component
class PasswordRules {

    private static final List<String> SERVICE_WORDS = List.of("podium");

    private final SecurityProperties properties;
    private final Zxcvbn zxcvbn = new Zxcvbn();

    PasswordRules(SecurityProperties properties) {
        this.properties = properties;
    }

    /**
     * Refuses the password with a {@link PasswordPolicyViolation} naming the first rule it breaks.
     *
     * @param username the person's sign-in name (their e-mail address)
     * @param displayName the person's name
     */
    void check(String password, String username, String displayName) {
        if (password == null || password.codePointCount(0, password.length()) < properties.minPasswordLength()) {
            throw new PasswordPolicyViolation("password.error.too-short");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > 72) {
            // bcrypt reads only the first 72 bytes; a longer password would be silently truncated
            throw new PasswordPolicyViolation("password.error.too-long");
        }
        if (password.equals(DemoCredentials.PASSWORD)) {
            throw new PasswordPolicyViolation("password.error.demo");
        }
        if (password.codePoints().distinct().count() <= 2) {
            throw new PasswordPolicyViolation("password.error.repeated");
        }
        List<String> context = contextWords(username, displayName);
        String folded = fold(password);
        if (context.stream().anyMatch(folded::contains)) {
            throw new PasswordPolicyViolation("password.error.context");
        }
        Strength strength = zxcvbn.measure(password, context);
        if (strength.getScore() < properties.minPasswordScore()) {
            throw new PasswordPolicyViolation(reason(strength.getSequence()));
        }
    }

    /** The rule behind a low score: the longest part of the password that made it guessable. */
    private static String reason(List<Match> matches) {
        return matches.stream().filter(match -> match.pattern != Pattern.Bruteforce)
                .max(Comparator.comparingInt(Match::tokenLength))
                .map(match -> switch (match.pattern) {
                    case Dictionary -> "user_inputs".equals(match.dictionaryName) ? "password.error.context"
                            : "passwords".equals(match.dictionaryName) ? "password.error.common"
                            : "password.error.words";
                    case Repeat -> "password.error.repeated";
                    case Sequence, Spatial -> "password.error.sequence";
                    default -> "password.error.guessable";
                })
                .orElse("password.error.guessable");
    }

    /**
     * The person's e-mail address, the part before the {@code @} and each of their names, folded to lower-case
     * letters and digits; names shorter than four letters are left out, since they turn up inside unrelated words.
     */
    private static List<String> contextWords(String username, String displayName) {
        List<String> words = new ArrayList<>(SERVICE_WORDS);
        if (username != null && !username.isBlank()) {
            String email = username.strip().toLowerCase(Locale.ROOT);
            words.add(fold(email));
            int at = email.indexOf('@');
            if (at > 0) {
                words.add(fold(email.substring(0, at)));
            }
        }
        if (displayName != null) {
            for (String part : displayName.split("[^\\p{L}\\p{N}]+")) {
                words.add(fold(part));
            }
        }
        return words.stream().filter(word -> word.codePointCount(0, word.length()) >= 4).distinct().toList();
    }

    private static String fold(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}@.]", "");
    }
}
