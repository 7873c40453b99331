package dev.podium.policy;

import dev.podium.content.ContentProblem;
import dev.podium.content.ContentProblems;
import dev.podium.content.ContentVariables;
import dev.podium.content.SafeMarkdown;
import dev.podium.content.YamlFile;
import dev.podium.shared.CourseId;
import dev.podium.shared.Languages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The policies this node serves, read from the policy folder: {@code <id>/policy.yml} with id, version, languages,
 * titles and renewal period, and the text per language as {@code policy.<language>.md}. A policy with any problem is
 * not offered for attestation; the problems are logged and shown to HR.
 */
@Component
class PolicyLibrary {

    private static final Logger log = LoggerFactory.getLogger(PolicyLibrary.class);
    private static final Set<String> KEYS = Set.of("id", "version", "languages", "title", "renewalMonths",
            "draftCheck");
    private static final Set<String> DRAFT_CHECK_KEYS = Set.of("disclosure", "notEnough", "sections");

    private final PolicyProperties properties;
    private final ContentVariables variables;
    private volatile Snapshot snapshot;

    PolicyLibrary(PolicyProperties properties, ContentVariables variables) {
        this.properties = properties;
        this.variables = variables;
    }

    record Snapshot(Map<String, PolicyDefinition> policies, List<ContentProblem> problems) {
    }

    @org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
    void loadAtStart() {
        reload();
    }

    Snapshot snapshot() {
        Snapshot current = snapshot;
        if (current == null) {
            current = read();
            snapshot = current;
        }
        return current;
    }

    Optional<PolicyDefinition> policy(String id) {
        return Optional.ofNullable(snapshot().policies().get(id));
    }

    /** The company's name as the policy texts fill it in ({@code {{company}}}). */
    String company(Locale language) {
        return variables.values(language).getOrDefault("company", "");
    }

    synchronized Snapshot reload() {
        snapshot = read();
        return snapshot;
    }

    private Snapshot read() {
        Map<String, PolicyDefinition> policies = new LinkedHashMap<>();
        List<ContentProblem> problems = new ArrayList<>();
        Path root = properties.directory();
        if (!Files.isDirectory(root)) {
            problems.add(problem(root.toString(), 0, "content.problem.no-directory"));
        } else {
            try (Stream<Path> folders = Files.list(root)) {
                for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
                    int before = problems.size();
                    PolicyDefinition policy = read(folder, problems);
                    if (policy != null && problems.size() == before) {
                        policies.put(policy.id(), policy);
                    }
                }
            } catch (IOException e) {
                problems.add(problem(root.toString(), 0, "content.problem.unreadable", e.getMessage()));
            }
        }
        problems.forEach(problem -> log.warn("Policy problem: {}", problem.english()));
        log.info("Policies: {} offered for attestation", policies.size());
        return new Snapshot(Map.copyOf(policies), List.copyOf(problems));
    }

    private PolicyDefinition read(Path folder, List<ContentProblem> found) {
        String name = folder.getFileName().toString();
        String file = name + "/policy.yml";
        String written;
        try {
            written = Files.readString(folder.resolve("policy.yml"), StandardCharsets.UTF_8);
        } catch (IOException | java.io.UncheckedIOException e) {
            found.add(problem(file, 0, "content.problem.file-missing"));
            return null;
        }
        ContentProblems problems = new ContentProblems();
        PolicyDefinition policy = YamlFile.parse(file, written, 0, problems)
                .map(yaml -> read(folder, name, file, yaml, problems)).orElse(null);
        found.addAll(problems.list());
        return policy;
    }

    private PolicyDefinition read(Path folder, String name, String file, YamlFile.Mapping yaml,
            ContentProblems problems) {
        yaml.allowOnly(KEYS);
        Optional<String> id = yaml.text("id", true);
        if (id.isEmpty()) {
            return null;
        }
        if (!CourseId.isValid(id.get()) || !id.get().equals(name)) {
            problems.add(file, yaml.line("id"), "content.problem.id-folder", id.get(), name);
            return null;
        }
        Optional<String> version = yaml.text("version", true);
        Optional<Integer> renewal = yaml.integer("renewalMonths", true, 1, 60);
        List<Locale> languages = new ArrayList<>();
        for (String tag : yaml.texts("languages", true)) {
            if (Languages.SUPPORTED.stream().anyMatch(l -> l.getLanguage().equals(tag))) {
                languages.add(Locale.forLanguageTag(tag));
            } else {
                problems.add(file, yaml.line("languages"), "content.problem.language", tag, "en, da");
            }
        }
        if (languages.isEmpty()) {
            if (yaml.has("languages")) {
                problems.add(file, yaml.line("languages"), "content.problem.no-languages");
            }
            return null;
        }
        Optional<YamlFile.Mapping> titles = yaml.mapping("title", true);
        if (version.isEmpty() || renewal.isEmpty() || titles.isEmpty()) {
            return null;
        }
        Map<Locale, PolicyText> texts = new LinkedHashMap<>();
        for (Locale language : languages) {
            // the title's {{variables}} are checked, with their line, as it is read
            Optional<String> title = titles.get().text(language.getLanguage(), false);
            if (title.isEmpty()) {
                problems.add(file, titles.get().line(), "content.problem.missing-text-language", "title",
                        language.getLanguage());
                continue;
            }
            String textFile = "policy." + language.getLanguage() + ".md";
            try {
                String markdown = Files.readString(folder.resolve(textFile), StandardCharsets.UTF_8);
                SafeMarkdown.check(markdown, name + "/" + textFile, 1, problems);
                ContentVariables.check(markdown, name + "/" + textFile, 1, problems);
                // the text an employee attests is the text shown, with the company's name and contacts filled in:
                // that is what the SHA-256 records
                String shown = variables.fillMarkdown(markdown, language);
                texts.put(language, new PolicyText(language, variables.fill(title.get(), language), shown,
                        sha256(shown)));
            } catch (IOException | java.io.UncheckedIOException e) {
                problems.add(name + "/" + textFile, 0, "content.problem.file-missing");
            }
        }
        PolicyDefinition.DraftCheck draftCheck = yaml.mapping("draftCheck", false)
                .map(block -> draftCheck(block, languages, file, problems)).orElse(null);
        return new PolicyDefinition(name, version.get(), List.copyOf(languages), renewal.get(), texts, draftCheck);
    }

    private PolicyDefinition.DraftCheck draftCheck(YamlFile.Mapping block, List<Locale> languages, String file,
            ContentProblems problems) {
        block.allowOnly(DRAFT_CHECK_KEYS);
        Map<Locale, List<String>> markings = new LinkedHashMap<>();
        Optional<YamlFile.Mapping> disclosure = block.mapping("disclosure", true);
        for (Locale language : languages) {
            disclosure.ifPresent(byLanguage -> {
                List<String> written = byLanguage.texts(language.getLanguage(), true);
                written.forEach(marking -> ContentVariables.check(marking, file, byLanguage.line(), problems));
                markings.put(language, written.stream().map(marking -> variables.fill(marking, language)).toList());
            });
        }
        Map<String, Integer> sections = new LinkedHashMap<>();
        block.mapping("sections", false).ifPresent(numbers -> {
            for (String key : numbers.keys()) {
                numbers.integer(key, true, 1, 99).ifPresent(number -> sections.put(key, number));
            }
        });
        return new PolicyDefinition.DraftCheck(markings, block.texts("notEnough", false), sections);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ContentProblem problem(String file, int line, String key, Object... arguments) {
        return new ContentProblem(file, line, key, List.of(arguments));
    }
}
