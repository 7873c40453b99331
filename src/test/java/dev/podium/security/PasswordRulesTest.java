package dev.podium.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** NIST SP 800-63B's checks on a new password, with the probe's weak passwords among them. */
class PasswordRulesTest {

    private static final String EMAIL = "ann.berg@example.org";
    private static final String NAME = "Ann Berg";

    private final PasswordRules rules = new PasswordRules(new SecurityProperties(5, Duration.ofMinutes(15),
            Duration.ofSeconds(20), 10, 3, 10));

    @ParameterizedTest(name = "\"{0}\" is refused: {1}")
    @CsvSource(delimiter = '|', value = {
            "1234567890|password.error.common",
            "lmnopqrstuvw|password.error.sequence",
            "zyxwvutsrqpo|password.error.sequence",
            "aaaaaaaaaa|password.error.repeated",
            "'          '|password.error.repeated",
            "abababababab|password.error.repeated",
            "password123|password.error.common",
            "ann.berg@example.org|password.error.context",
            "AnnBerg2026!|password.error.context",
            "podium-2026-spring|password.error.context",
            "qwertyuiop|password.error.common",
            "iloveyou1234|password.error.common",
            "short|password.error.too-short",
            "podium-demo|password.error.demo"})
    void weak_passwords_are_refused_with_the_rule_they_break(String password, String messageKey) {
        assertThatThrownBy(() -> rules.check(password, EMAIL, NAME)).isInstanceOfSatisfying(
                PasswordPolicyViolation.class, violation -> assertThat(violation.messageKey()).isEqualTo(messageKey));
    }

    @ParameterizedTest
    @ValueSource(strings = {"violet tundra skyline 42", "handed out by hr", "my own passphrase",
            "Kaffe på Strøget kl. 7", "tV9#qL2!mZ8x"})
    void passphrases_and_random_passwords_are_accepted(String password) {
        assertThatCode(() -> rules.check(password, EMAIL, NAME)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"password.error.common", "password.error.words", "password.error.context",
            "password.error.repeated", "password.error.sequence", "password.error.guessable"})
    void every_reason_has_a_message_in_english_and_danish(String key) throws IOException {
        for (String bundle : new String[] {"translations_en.properties", "translations_da.properties"}) {
            Properties messages = new Properties();
            try (InputStream in = getClass().getResourceAsStream("/vaadin-i18n/" + bundle)) {
                messages.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            }
            assertThat(messages.getProperty(key)).as(bundle + " " + key).isNotBlank();
        }
    }
}
