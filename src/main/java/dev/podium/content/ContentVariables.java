package dev.podium.content;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The variables course and policy texts may use, written {@code {{name}}} and filled from configuration: the
 * company's own words ({@link ContentProperties}) and the figures other modules own ({@link ContentVariableSource}:
 * activity thresholds and weights, rubric points and thresholds). The names are fixed here so a course can be
 * validated without a running application; docs/course-format.md lists them.
 */
@Component
public class ContentVariables {

    /** {@code {{name}}}, spaces inside the braces allowed; anything between double braces is checked. */
    public static final Pattern VARIABLE = Pattern.compile("\\{\\{\\s*([^{}]*?)\\s*}}");

    /** Items of the profile audit rubric, in rubric order, as they appear in {@code rubric-<item>-points}. */
    public static final List<String> RUBRIC_ITEMS = List.of("profile-photo", "background-banner", "headline",
            "about-length", "about-quality", "industry-and-location", "current-role", "career-history", "education",
            "skills", "endorsements", "recommendations", "network", "custom-url", "featured", "website",
            "follow-and-topics", "employer-alignment");

    /** Every name a text may use. */
    public static final Set<String> NAMES;

    static {
        Set<String> names = new TreeSet<>(List.of("company", "hashtag", "comms-contact", "security-contact",
                // podium.activity.*
                "window-weeks", "own-post-words", "commented-reshare-words", "substantive-comment-words",
                "deep-comment-words", "own-post-weight", "article-weight", "commented-reshare-weight",
                "thin-reshare-weight", "bare-reshare-weight", "active-week-units", "active-week-comments",
                // podium.audit.* thresholds
                "rubric-total-points", "audit-headline-min-chars", "audit-headline-max-chars",
                "audit-about-short-chars", "audit-about-long-chars", "audit-role-description-chars",
                "audit-past-positions", "audit-skills-few", "audit-skills-many", "audit-endorsements-many",
                "audit-recommendations-many", "audit-connections-few", "audit-connections-many"));
        RUBRIC_ITEMS.forEach(item -> names.add("rubric-" + item + "-points"));
        NAMES = Collections.unmodifiableSet(names);
    }

    private final ContentProperties properties;
    private final List<ContentVariableSource> sources;
    private final Map<Locale, Map<String, String>> values = new java.util.concurrent.ConcurrentHashMap<>();

    ContentVariables(ContentProperties properties, List<ContentVariableSource> sources) {
        this.properties = properties;
        this.sources = List.copyOf(sources);
    }

    /**
     * The values in force, by name, figures written as {@code language} writes numbers; every name in
     * {@link #NAMES} has one.
     *
     * @throws IllegalStateException when a source gives a name nobody declared or a declared name has no value
     */
    public Map<String, String> values(Locale language) {
        return values.computeIfAbsent(Locale.forLanguageTag(language.getLanguage()),
                wanted -> collect(properties, sources, wanted));
    }

    /** The configured figure behind a variable (a threshold used as a length bound), or empty for a text value. */
    public java.util.Optional<Number> figure(String name) {
        for (ContentVariableSource source : sources) {
            Number value = source.contentVariables().get(name);
            if (value != null) {
                return java.util.Optional.of(value);
            }
        }
        return java.util.Optional.empty();
    }

    /** Fills every variable of a plain text (a quiz option, a title). */
    public String fill(String text, Locale language) {
        return fill(text, values(language), false);
    }

    /** Fills every variable of Markdown, escaping the values' punctuation so a company name cannot add markup. */
    public String fillMarkdown(String markdown, Locale language) {
        return fill(markdown, values(language), true);
    }

    static Map<String, String> collect(ContentProperties properties, List<ContentVariableSource> sources,
            Locale language) {
        java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(language);
        format.setMaximumFractionDigits(2);
        Map<String, String> all = new TreeMap<>();
        all.put("company", properties.company());
        all.put("hashtag", properties.hashtag());
        all.put("comms-contact", properties.commsContact());
        all.put("security-contact", properties.securityContact());
        for (ContentVariableSource source : sources) {
            source.contentVariables().forEach((name, value) -> {
                if (!NAMES.contains(name)) {
                    throw new IllegalStateException("Content variable " + name + " is not declared in ContentVariables");
                }
                all.put(name, format.format(value));
            });
        }
        Set<String> missing = new TreeSet<>(NAMES);
        missing.removeAll(all.keySet());
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Content variables without a value: " + missing);
        }
        return Collections.unmodifiableMap(all);
    }

    /** Reports every unknown {@code {{name}}} with the line it is on, {@code firstLine} being the text's first. */
    public static void check(String text, String file, int firstLine, ContentProblems problems) {
        if (text == null || !text.contains("{{")) {
            return;
        }
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher matcher = VARIABLE.matcher(lines[i]);
            while (matcher.find()) {
                if (!NAMES.contains(matcher.group(1))) {
                    problems.add(file, firstLine + i, "content.problem.unknown-variable", matcher.group(1),
                            suggestion(matcher.group(1)));
                }
            }
        }
    }

    /** The names used in a text, in order of first use. */
    static Set<String> used(String text) {
        Set<String> names = new LinkedHashSet<>();
        if (text != null) {
            Matcher matcher = VARIABLE.matcher(text);
            while (matcher.find()) {
                names.add(matcher.group(1));
            }
        }
        return names;
    }

    static String fill(String text, Map<String, String> values, boolean markdown) {
        if (text == null || !text.contains("{{")) {
            return text;
        }
        Matcher matcher = VARIABLE.matcher(text);
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            String replacement = value == null ? matcher.group()
                    : markdown && !insideCodeSpan(text, matcher.start()) ? escapeMarkdown(value) : value;
            matcher.appendReplacement(filled, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(filled);
        return filled.toString();
    }

    /** In `code` a backslash shows as itself, so values there stay as they are (and cannot add markup anyway). */
    private static boolean insideCodeSpan(String text, int at) {
        int lineStart = text.lastIndexOf('\n', at - 1) + 1;
        long backticks = text.substring(lineStart, at).chars().filter(c -> c == '`').count();
        return backticks % 2 == 1;
    }

    /** Escapes what could start markup in running text: emphasis, links, code, raw HTML. */
    private static String escapeMarkdown(String value) {
        StringBuilder escaped = new StringBuilder();
        for (char c : value.toCharArray()) {
            if ("\\`*_[]<>".indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }

    /** The known names closest to a misspelt one, for the message. */
    private static String suggestion(String name) {
        List<String> close = new ArrayList<>();
        for (String known : NAMES) {
            if (known.contains(name) || name.contains(known) || distance(known, name) <= 3) {
                close.add(known);
            }
        }
        return close.isEmpty() ? String.join(", ", NAMES) : String.join(", ", close);
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /** The same variables outside Spring (tests, the command-line validator). */
    public static ContentVariables of(ContentProperties properties, List<ContentVariableSource> sources) {
        return new ContentVariables(properties, sources);
    }
}
