package dev.podium.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class TranslationsTest {

    private final Translations translations = new Translations();

    @Test
    void english_and_danish_have_the_same_keys() throws IOException {
        assertThat(keys("da")).containsExactlyInAnyOrderElementsOf(keys("en"));
    }

    @Test
    void every_key_the_code_asks_for_exists() throws IOException {
        Set<String> used = new TreeSet<>();
        Pattern literal = Pattern.compile(
                "(?:getTranslation|title\\s*=|Violation)\\s*\\(?(?:\"[a-zA-Z]+\",\\s*)?\"([a-z0-9][a-z0-9._-]*[a-z0-9-])\"");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = literal.matcher(Files.readString(file));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(30);
        assertThat(used).allSatisfy(key -> assertThat(keys("en")).as("key %s", key).contains(key));
    }

    @Test
    void a_language_podium_lacks_falls_back_to_english_and_placeholders_are_filled() {
        assertThat(translations.getTranslation("nav.home", Locale.GERMAN)).isEqualTo("Home");
        assertThat(translations.getTranslation("nav.home", Locale.forLanguageTag("da-DK"))).isEqualTo("Forside");
        assertThat(translations.getTranslation("home.greeting", Locale.ENGLISH, "Ada")).isEqualTo("Welcome, Ada");
        assertThat(translations.getTranslation("home.team.count", Locale.ENGLISH, 3))
                .isEqualTo("3 people report to you.");
        assertThat(translations.getProvidedLocales().getFirst()).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void a_missing_key_is_visible_rather_than_blank() {
        assertThat(translations.getTranslation("no.such.key", Locale.ENGLISH)).isEqualTo("!no.such.key");
    }

    private static Set<String> keys(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream(
                "/vaadin-i18n/translations_" + language + ".properties")) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties.stringPropertyNames();
    }
}
