package dev.podium.drafts;

import dev.podium.activity.Classification;
import dev.podium.activity.DraftReading;
import dev.podium.policy.DraftRules;
import dev.podium.policy.PolicySection;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The pre-flight check of a draft, without Spring or a database: how the index would read it ({@link DraftReading},
 * from activity's own rules), what the guidelines ask ({@link DraftRules}, from policy), and HR's word lists go in;
 * explained findings come out. It never blocks: every finding is advice.
 * <p>
 * A confidential word found in the person's own draft is named in the finding: it is already in their text, so naming
 * it tells them nothing they did not write, and without it they could not find what to change. The list itself is
 * never shown to employees.
 */
final class PreflightCheck {

    /** The audit's headline rule (DOMAIN.md §4): 60–220 characters. */
    static final int HEADLINE_MIN = 60;
    /** The audit's About rule (DOMAIN.md §4): 600 characters earn half the points, 1,200 all. */
    static final int ABOUT_MIN = 600;
    static final int ABOUT_FULL = 1_200;
    /**
     * Roughly what LinkedIn shows of a post before "see more" [S]; the guidelines ask that readers see the disclosure
     * without clicking it.
     */
    static final int SEE_MORE = 210;

    private static final Set<String> LEGAL_FORMS = Set.of("a/s", "aps", "as", "gmbh", "ag", "ab", "inc", "inc.",
            "ltd", "ltd.", "llc", "plc", "sa", "bv", "nv", "oy", "se");

    private PreflightCheck() {
    }

    static Preflight check(DraftKind kind, String text, DraftReading reading, @Nullable DraftRules rules,
            List<String> confidentialWords, List<String> productNames) {
        String body = text == null ? "" : text;
        int characters = body.codePointCount(0, body.length());
        List<Finding> findings = new ArrayList<>();
        String title = rules == null ? "" : rules.title();
        if (body.isBlank()) {
            findings.add(finding(Severity.ADVICE, "drafts.check.empty", null, kind.limit()));
            return new Preflight(characters, kind.limit(), 0, findings, title);
        }
        length(kind, characters, findings);
        ownWords(kind, reading, rules, findings);
        String matching = forMatching(body);
        if (kind == DraftKind.POST || kind == DraftKind.COMMENT) {
            disclosure(body, matching, reading, rules, productNames, findings);
        }
        for (String word : distinct(confidentialWords)) {
            if (phrase(word).matcher(matching).find()) {
                findings.add(finding(Severity.CAUTION, "drafts.check.confidential", section(rules, "confidential"),
                        word.strip()));
            }
        }
        topics(reading, findings);
        findings.sort(Comparator.comparing(Finding::severity).reversed());
        return new Preflight(characters, kind.limit(), reading.words(), findings, title);
    }

    private static void length(DraftKind kind, int characters, List<Finding> findings) {
        if (characters > kind.limit()) {
            findings.add(finding(Severity.CAUTION, "drafts.check.too-long", null, characters, kind.limit(),
                    characters - kind.limit()));
        } else {
            findings.add(finding(Severity.GOOD, "drafts.check.length-ok", null, characters, kind.limit()));
        }
        if (kind == DraftKind.HEADLINE && characters < HEADLINE_MIN) {
            findings.add(finding(Severity.ADVICE, "drafts.check.headline-short", null, characters, HEADLINE_MIN));
        }
        if (kind == DraftKind.ABOUT && characters < ABOUT_FULL) {
            findings.add(finding(Severity.ADVICE, "drafts.check.about-short", null, characters,
                    characters < ABOUT_MIN ? ABOUT_MIN : ABOUT_FULL));
        }
    }

    private static void ownWords(DraftKind kind, DraftReading reading, @Nullable DraftRules rules,
            List<Finding> findings) {
        PolicySection ownWords = section(rules, "own-words");
        int words = reading.words();
        if (kind == DraftKind.POST) {
            if (reading.companyContent()) {
                if (words == 0) {
                    findings.add(finding(Severity.CAUTION, "drafts.check.company-link-bare", ownWords));
                } else if (words < reading.commentedReshareWords()) {
                    findings.add(finding(Severity.ADVICE, "drafts.check.company-link-thin", ownWords, words,
                            reading.commentedReshareWords()));
                } else {
                    findings.add(finding(Severity.GOOD, "drafts.check.company-link-commented", ownWords, words));
                }
            } else if (reading.link() && words == 0) {
                findings.add(finding(Severity.CAUTION, "drafts.check.bare-link", ownWords));
            } else if (words < reading.ownPostWords()) {
                findings.add(finding(Severity.ADVICE, "drafts.check.short-post", ownWords, words,
                        reading.ownPostWords()));
            } else {
                findings.add(finding(Severity.GOOD, "drafts.check.own-words", ownWords, words));
            }
        } else if (kind == DraftKind.COMMENT) {
            if (reading.classification() == Classification.SUBSTANTIVE_COMMENT) {
                findings.add(finding(Severity.GOOD, "drafts.check.comment-substantive", null, words));
            } else {
                findings.add(finding(Severity.ADVICE, "drafts.check.comment-thin", null, words,
                        reading.substantiveCommentWords()));
            }
        }
    }

    private static void disclosure(String body, String matching, DraftReading reading, @Nullable DraftRules rules,
            List<String> productNames, List<Finding> findings) {
        if (rules == null) {
            return;
        }
        Set<String> mentions = new LinkedHashSet<>();
        String company = companyName(rules.company());
        if (!company.isBlank() && phrase(company).matcher(matching).find()) {
            mentions.add(company);
        }
        for (String product : distinct(productNames)) {
            if (phrase(product).matcher(matching).find()) {
                mentions.add(product.strip());
            }
        }
        if (mentions.isEmpty() && !reading.companyContent()) {
            return;
        }
        String about = mentions.isEmpty() ? "" : String.join(", ", mentions);
        PolicySection disclosure = section(rules, "disclosure");
        String markings = String.join(", ", rules.disclosureMarkings());
        int first = -1;
        String used = "";
        for (String marking : rules.disclosureMarkings()) {
            Matcher m = phrase(marking).matcher(matching);
            if (m.find() && (first < 0 || m.start() < first)) {
                first = m.start();
                used = marking;
            }
        }
        if (first >= 0) {
            int position = forMatching(body).codePointCount(0, first);
            if (position > SEE_MORE) {
                findings.add(finding(Severity.ADVICE, "drafts.check.disclosure-late", disclosure, used, SEE_MORE));
            } else {
                findings.add(finding(Severity.GOOD, "drafts.check.disclosure-present", disclosure, used));
            }
            return;
        }
        String notEnough = rules.notEnoughMarkings().stream().filter(m -> phrase(m).matcher(matching).find())
                .findFirst().orElse("");
        if (!notEnough.isEmpty()) {
            findings.add(finding(Severity.CAUTION, "drafts.check.disclosure-not-enough", disclosure, notEnough,
                    markings));
        } else if (about.isEmpty()) {
            findings.add(finding(Severity.CAUTION, "drafts.check.disclosure-missing-link", disclosure, markings));
        } else {
            findings.add(finding(Severity.CAUTION, "drafts.check.disclosure-missing", disclosure, about, markings));
        }
    }

    private static void topics(DraftReading reading, List<Finding> findings) {
        if (reading.myTopics().isEmpty()) {
            findings.add(finding(Severity.ADVICE, "drafts.check.no-topics", null));
        } else if (reading.topicsNamed().isEmpty()) {
            findings.add(finding(Severity.ADVICE, "drafts.check.topics-none", null,
                    String.join(", ", reading.myTopics())));
        } else {
            findings.add(finding(Severity.GOOD, "drafts.check.topics-named", null,
                    String.join(", ", reading.topicsNamed())));
        }
    }

    /** "Podium Demo A/S" → "Podium Demo": people write the name without the legal form. */
    static String companyName(String company) {
        List<String> parts = new ArrayList<>(List.of(company.strip().split("\\s+")));
        while (parts.size() > 1 && LEGAL_FORMS.contains(parts.getLast().toLowerCase(Locale.ROOT))) {
            parts.removeLast();
        }
        return String.join(" ", parts);
    }

    private static List<String> distinct(List<String> words) {
        Set<String> seen = new LinkedHashSet<>();
        List<String> out = new ArrayList<>();
        for (String word : words) {
            if (word != null && !word.isBlank() && seen.add(forMatching(word.strip()))) {
                out.add(word.strip());
            }
        }
        return out;
    }

    private static @Nullable PolicySection section(@Nullable DraftRules rules, String key) {
        return rules == null ? null : rules.sections().get(key);
    }

    private static Finding finding(Severity severity, String key, @Nullable PolicySection rule, Object... arguments) {
        List<String> texts = new ArrayList<>();
        for (Object argument : arguments) {
            texts.add(String.valueOf(argument));
        }
        return new Finding(severity, key, texts, rule);
    }

    static String forMatching(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    /**
     * A whole word or phrase, ignoring case after NFKC normalisation; a term that starts or ends with a non-letter
     * ({@code #reklame}) is matched at that edge as written.
     */
    static Pattern phrase(String term) {
        String normalised = forMatching(term.strip());
        String before = Character.isLetterOrDigit(normalised.codePointAt(0)) ? "(?<![\\p{L}\\p{N}_])" : "";
        String after = Character.isLetterOrDigit(normalised.codePointBefore(normalised.length()))
                ? "(?![\\p{L}\\p{N}_])" : "";
        return Pattern.compile(before + Pattern.quote(normalised) + after, Pattern.UNICODE_CASE);
    }
}
