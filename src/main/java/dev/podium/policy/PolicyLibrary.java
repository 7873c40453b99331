package dev.podium.policy;

import dev.podium.course.ContentVariables;
import dev.podium.course.CourseProblem;
import dev.podium.course.SafeMarkdown;
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
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The policies this node serves, read from the policy folder: {@code <id>/policy.yml} with id, version, languages,
 * titles and renewal period, and the text per language as {@code policy.<language>.md}. A policy with any problem is
 * not offered for attestation; the problems are logged and shown to HR.
 */
@Component
class PolicyLibrary {

    private static final Logger log = LoggerFactory.getLogger(PolicyLibrary.class);
    private static final Set<String> KEYS = Set.of("id", "version", "languages", "title", "renewalMonths");

    private final PolicyProperties properties;
    private final ContentVariables variables;
    private volatile Snapshot snapshot;

    PolicyLibrary(PolicyProperties properties, ContentVariables variables) {
        this.properties = properties;
        this.variables = variables;
    }

    record Snapshot(Map<String, PolicyDefinition> policies, List<CourseProblem> problems) {
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

    synchronized Snapshot reload() {
        snapshot = read();
        return snapshot;
    }

    private Snapshot read() {
        Map<String, PolicyDefinition> policies = new LinkedHashMap<>();
        List<CourseProblem> problems = new ArrayList<>();
        Path root = properties.directory();
        if (!Files.isDirectory(root)) {
            problems.add(problem(root.toString(), 0, "course.problem.no-directory"));
        } else {
            try (Stream<Path> folders = Files.list(root)) {
                for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
                    int before = problems.size();
                    PolicyDefinition policy = read(root, folder, problems);
                    if (policy != null && problems.size() == before) {
                        policies.put(policy.id(), policy);
                    }
                }
            } catch (IOException e) {
                problems.add(problem(root.toString(), 0, "course.problem.unreadable", e.getMessage()));
            }
        }
        problems.forEach(problem -> log.warn("Policy problem: {}", problem.english()));
        log.info("Policies: {} offered for attestation", policies.size());
        return new Snapshot(Map.copyOf(policies), List.copyOf(problems));
    }

    @SuppressWarnings("unchecked")
    private PolicyDefinition read(Path root, Path folder, List<CourseProblem> problems) {
        String name = folder.getFileName().toString();
        String file = name + "/policy.yml";
        Map<String, Object> yaml;
        try {
            Object loaded = new Yaml(new SafeConstructor(new LoaderOptions()))
                    .load(Files.readString(folder.resolve("policy.yml"), StandardCharsets.UTF_8));
            if (!(loaded instanceof Map<?, ?> map)) {
                problems.add(problem(file, 1, "course.problem.yaml-not-mapping"));
                return null;
            }
            yaml = (Map<String, Object>) map;
        } catch (IOException e) {
            problems.add(problem(file, 0, "course.problem.missing-course-file"));
            return null;
        } catch (RuntimeException e) {
            problems.add(problem(file, 1, "course.problem.yaml-syntax", String.valueOf(e.getMessage())));
            return null;
        }
        yaml.keySet().stream().filter(key -> !KEYS.contains(key))
                .forEach(key -> problems.add(problem(file, 1, "course.problem.unknown-key", key)));
        Object id = yaml.get("id");
        if (!(id instanceof String text) || !CourseId.isValid(text) || !text.equals(name)) {
            problems.add(problem(file, 1, "course.problem.id-folder", String.valueOf(id), name));
            return null;
        }
        Object version = yaml.get("version");
        if (version == null || String.valueOf(version).isBlank()) {
            problems.add(problem(file, 1, "course.problem.missing-key", "version"));
            return null;
        }
        int renewal = yaml.get("renewalMonths") instanceof Integer months && months >= 1 && months <= 60 ? months : -1;
        if (renewal < 0) {
            problems.add(problem(file, 1, "course.problem.out-of-range", "renewalMonths",
                    String.valueOf(yaml.get("renewalMonths")), 1, 60));
            return null;
        }
        List<Locale> languages = new ArrayList<>();
        if (yaml.get("languages") instanceof List<?> list) {
            for (Object tag : list) {
                if (Languages.SUPPORTED.stream().anyMatch(l -> l.getLanguage().equals(String.valueOf(tag)))) {
                    languages.add(Locale.forLanguageTag(String.valueOf(tag)));
                } else {
                    problems.add(problem(file, 1, "course.problem.language", String.valueOf(tag), "en, da"));
                }
            }
        }
        if (languages.isEmpty()) {
            problems.add(problem(file, 1, "course.problem.no-languages"));
            return null;
        }
        Map<String, Object> titles = yaml.get("title") instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
        Map<Locale, PolicyText> texts = new LinkedHashMap<>();
        for (Locale language : languages) {
            Object title = titles.get(language.getLanguage());
            if (!(title instanceof String titleText) || titleText.isBlank()) {
                problems.add(problem(file, 1, "course.problem.missing-text-language", "title", language.getLanguage()));
                continue;
            }
            String textFile = "policy." + language.getLanguage() + ".md";
            Path path = folder.resolve(textFile);
            try {
                String written = Files.readString(path, StandardCharsets.UTF_8);
                List<CourseProblem> found = SafeMarkdown.check(written, name + "/" + textFile, 1);
                problems.addAll(found);
                problems.addAll(ContentVariables.check(written, name + "/" + textFile, 1));
                problems.addAll(ContentVariables.check(titleText, file, 1));
                // the text an employee attests is the text shown, with the company's name and contacts filled in:
                // that is what the SHA-256 records
                String markdown = variables.fillMarkdown(written, language);
                texts.put(language, new PolicyText(language, variables.fill(titleText, language), markdown,
                        sha256(markdown)));
            } catch (IOException | java.io.UncheckedIOException e) {
                problems.add(problem(name + "/" + textFile, 0, "course.problem.missing-course-file"));
            }
        }
        return new PolicyDefinition(name, String.valueOf(version), List.copyOf(languages), renewal, texts);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static CourseProblem problem(String file, int line, String key, Object... arguments) {
        return new CourseProblem(file, line, key, List.of(arguments));
    }
}
