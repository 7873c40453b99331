package dev.podium.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * docs/glossary.md is the reference for Danish words: its "Rejected words" table lists the second words found for a
 * concept, and none may come back into the Danish UI texts, courses or policy. Nor may a count read "kursus(er)".
 */
class GlossaryTest {

    private static final Path GLOSSARY = Path.of("docs/glossary.md");
    /** A word with its plural in brackets or after a slash: "kursus(er)", "minut(ter)", "kursus/kurser". */
    private static final Pattern BRACKETED_PLURAL_DA = Pattern.compile("\\p{L}\\((?:e|r|er|ter|ne|erne)\\)|kursus/kurser");
    private static final Pattern BRACKETED_PLURAL_EN = Pattern.compile("\\p{L}\\((?:s|es)\\)");

    @Test
    void the_glossary_rejects_some_words_and_the_danish_texts_use_none_of_them() throws IOException {
        Map<String, String> rejected = rejectedWords();
        assertThat(rejected).as("the glossary's table of rejected words").hasSizeGreaterThan(5);
        List<String> found = new ArrayList<>();
        for (DanishText text : danishTexts()) {
            String lower = text.text().toLowerCase(Locale.ROOT);
            rejected.forEach((word, instead) -> {
                // at a word's start, with any ending: "certifikat" also finds "certifikater"
                Matcher matcher = Pattern.compile("(?<!\\p{L})" + Pattern.quote(word)).matcher(lower);
                while (matcher.find()) {
                    found.add(text.where() + ": \"" + word + "\" (use " + instead + ")");
                }
            });
        }
        assertThat(found).isEmpty();
    }

    @Test
    void counts_are_written_out_not_as_a_word_with_its_plural_in_brackets() throws IOException {
        List<String> found = new ArrayList<>();
        for (DanishText text : danishTexts()) {
            Matcher matcher = BRACKETED_PLURAL_DA.matcher(text.text());
            while (matcher.find()) {
                found.add(text.where() + ": " + matcher.group());
            }
        }
        for (String line : Files.readAllLines(Path.of("src/main/resources/vaadin-i18n/translations_en.properties"))) {
            Matcher matcher = BRACKETED_PLURAL_EN.matcher(line);
            if (!line.startsWith("#") && matcher.find()) {
                found.add("translations_en.properties: " + line);
            }
        }
        assertThat(found).isEmpty();
    }

    /** Rejected word → the word to use, from the glossary's "Rejected words" table. */
    static Map<String, String> rejectedWords() throws IOException {
        Map<String, String> words = new LinkedHashMap<>();
        boolean inSection = false;
        for (String line : Files.readAllLines(GLOSSARY)) {
            if (line.startsWith("## ")) {
                inSection = line.equals("## Rejected words");
                continue;
            }
            if (!inSection || !line.startsWith("|") || line.startsWith("|---") || line.startsWith("| Rejected")) {
                continue;
            }
            String[] cells = line.split("\\|");
            words.put(cells[1].strip().toLowerCase(Locale.ROOT), cells[2].strip());
        }
        return words;
    }

    record DanishText(String where, String text) {
    }

    /**
     * Every Danish text a person reads: the UI's Danish translations (comments left out), the Danish course and
     * policy files, and the {@code da:} values of the course and policy descriptions.
     */
    static List<DanishText> danishTexts() throws IOException {
        List<DanishText> texts = new ArrayList<>();
        Path ui = Path.of("src/main/resources/vaadin-i18n/translations_da.properties");
        List<String> lines = Files.readAllLines(ui);
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).startsWith("#")) {
                texts.add(new DanishText(ui.getFileName() + ":" + (i + 1), lines.get(i)));
            }
        }
        for (Path root : List.of(Path.of("courses"), Path.of("policies"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    String name = file.getFileName().toString();
                    if (name.contains(".da.")) {
                        texts.add(new DanishText(file.toString(), Files.readString(file)));
                    } else if (name.equals("course.yml") || name.equals("policy.yml")) {
                        texts.add(new DanishText(file + " (da)", danishValues(Files.readAllLines(file))));
                    }
                }
            }
        }
        assertThat(texts).hasSizeGreaterThan(100);
        return texts;
    }

    /** The {@code da:} values of a YAML file, block scalars ({@code da: >-}) included. */
    private static String danishValues(List<String> lines) {
        StringBuilder out = new StringBuilder();
        Pattern da = Pattern.compile("^(\\s*)da:\\s*(.*)$");
        for (int i = 0; i < lines.size(); i++) {
            Matcher matcher = da.matcher(lines.get(i));
            if (!matcher.matches()) {
                continue;
            }
            String value = matcher.group(2);
            if (!value.matches("[>|][-+]?")) {
                out.append(value).append('\n');
                continue;
            }
            int indent = matcher.group(1).length();
            while (i + 1 < lines.size() && (lines.get(i + 1).isBlank()
                    || lines.get(i + 1).length() - lines.get(i + 1).stripLeading().length() > indent)) {
                out.append(lines.get(++i).strip()).append('\n');
            }
        }
        return out.toString();
    }
}
