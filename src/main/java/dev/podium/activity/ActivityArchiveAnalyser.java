package dev.podium.activity;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import tools.jackson.databind.json.JsonMapper;

/**
 * Command-line mode, called by PodiumApplication.main for {@code java -jar podium.jar analyse-activity FILE}:
 * reads one export the way an import would, and prints what it found and the index it gives as JSON, without
 * storing anything. Lets an administrator check a real export before anyone uploads it.
 */
public final class ActivityArchiveAnalyser {

    static final int OK = 0;
    static final int BAD_INPUT = 2;
    static final int USAGE = 64;

    private static final String USAGE_TEXT = """
            usage: analyse-activity FILE [--company-domain=example.com ...] [--topics=Topic,Topic ...]
                                         [--topic=Label:keyword,#hashtag ...] [--today=yyyy-MM-dd]
              FILE  a LinkedIn or Mastodon export (zip/tar.gz), an X archive, an RSS/Atom feed or a LinkedIn CSV
            Prints JSON: items per file and kind, skipped files, the date range and the Social Leadership Index
            for the 12 weeks up to the newest item (or --today). Exit codes: 0 fine, 2 bad input, 64 usage.""";

    /** Items outside any possible window are dropped every so many, so memory follows the window, not the file. */
    private static final int PRUNE_EVERY = 10_000;

    private ActivityArchiveAnalyser() {
    }

    /**
     * Analyses one export and prints JSON to {@code out}.
     *
     * @param args the arguments after {@code analyse-activity}
     * @return the exit code: 0 success, 2 bad input (message on {@code err}), 64 usage error
     */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        Path file = null;
        Set<String> domains = new LinkedHashSet<>();
        List<VoiceTopic> topics = new ArrayList<>();
        LocalDate today = null;
        for (String arg : args) {
            if (arg.equals("--help") || arg.equals("-h")) {
                out.println(USAGE_TEXT);
                return OK;
            } else if (arg.startsWith("--company-domain=")) {
                Arrays.stream(arg.substring("--company-domain=".length()).split(",")).map(String::strip)
                        .filter(d -> !d.isEmpty()).forEach(domains::add);
            } else if (arg.startsWith("--topics=")) {
                for (String label : arg.substring("--topics=".length()).split(",")) {
                    if (!label.isBlank()) {
                        topics.add(simpleTopic(label.strip()));
                    }
                }
            } else if (arg.startsWith("--topic=")) {
                VoiceTopic topic = topic(arg.substring("--topic=".length()));
                if (topic == null) {
                    return usage(err, "--topic needs Label:keyword,#hashtag");
                }
                topics.add(topic);
            } else if (arg.startsWith("--today=")) {
                try {
                    today = LocalDate.parse(arg.substring("--today=".length()));
                } catch (java.time.format.DateTimeParseException e) {
                    return usage(err, "--today needs a date like 2026-03-31");
                }
            } else if (arg.startsWith("--")) {
                return usage(err, "unknown option " + arg);
            } else if (file == null) {
                file = Path.of(arg);
            } else {
                return usage(err, "only one FILE, please");
            }
        }
        if (file == null) {
            return usage(err, "FILE is missing");
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            return usage(err, "cannot read " + file);
        }

        ActivityProperties properties = ActivityProperties.defaults().withCompanyDomains(List.copyOf(domains));
        ItemClassifier classifier = new ItemClassifier(properties, domains);
        Map<Classification, Integer> byClassification = zeroCounts();
        Map<String, Map<Classification, Integer>> byFile = new LinkedHashMap<>();
        int[] company = {0};
        List<ClassifiedItem> recent = new ArrayList<>();
        Instant[] newest = {null};
        ArchiveReport report;
        try {
            report = new ArchiveReader(properties.limits().toArchiveLimits()).readPerFile(
                    file.getFileName().toString(), file, (fileName, item) -> {
                        ClassifiedItem classified = classifier.classify(item);
                        byClassification.merge(classified.classification(), 1, Integer::sum);
                        byFile.computeIfAbsent(fileName, f -> zeroCounts())
                                .merge(classified.classification(), 1, Integer::sum);
                        if (classified.companyContent()) {
                            company[0]++;
                        }
                        if (newest[0] == null || item.occurredAt().isAfter(newest[0])) {
                            newest[0] = item.occurredAt();
                        }
                        recent.add(classified);
                        if (recent.size() % PRUNE_EVERY == 0) {
                            Instant keepFrom = newest[0].minus(
                                    java.time.Duration.ofDays(7L * (properties.windowWeeks() + 1)));
                            recent.removeIf(c -> c.item().occurredAt().isBefore(keepFrom));
                        }
                    });
        } catch (ArchiveRejected e) {
            err.println("analyse-activity: " + e.getMessage());
            return BAD_INPUT;
        }
        LocalDate day = today != null ? today
                : report.latest() != null ? report.latest().atZone(ZoneOffset.UTC).toLocalDate()
                : LocalDate.now(ZoneOffset.UTC);
        SocialLeadershipIndex index = new SocialLeadershipCalculator(properties).compute(recent, topics, day);

        Properties english = english();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("file", file.getFileName().toString());
        json.put("source", report.source().name());
        Map<String, Object> range = new LinkedHashMap<>();
        range.put("earliest", report.earliest().toString());
        range.put("latest", report.latest().toString());
        json.put("dateRange", range);
        json.put("itemsWithoutDate", report.itemsWithoutDate());
        json.put("files", report.files().stream().map(f -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", f.fileName());
            m.put("kinds", kinds(f.counts()));
            m.put("counts", classifications(byFile.getOrDefault(f.fileName(), zeroCounts())));
            return m;
        }).toList());
        json.put("kinds", kinds(report.totals()));
        Map<String, Object> counts = classifications(byClassification);
        counts.put("companyContent", company[0]);
        json.put("counts", counts);
        json.put("skipped", report.skipped().stream().map(s -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", s.fileName());
            m.put("reasonKey", s.reasonKey());
            m.put("reason", s.reason());
            return m;
        }).toList());
        json.put("index", index(index, english));
        out.println(JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(json));
        return OK;
    }

    private static Map<Classification, Integer> zeroCounts() {
        Map<Classification, Integer> counts = new EnumMap<>(Classification.class);
        for (Classification c : Classification.values()) {
            counts.put(c, 0);
        }
        return counts;
    }

    private static Map<String, Object> classifications(Map<Classification, Integer> by) {
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("ownPosts", by.get(Classification.OWN_POST));
        counts.put("articles", by.get(Classification.ARTICLE));
        counts.put("commentedReshares", by.get(Classification.COMMENTED_RESHARE));
        counts.put("thinReshares", by.get(Classification.THIN_RESHARE));
        counts.put("bareReshares", by.get(Classification.BARE_RESHARE));
        counts.put("comments", by.get(Classification.COMMENT) + by.get(Classification.SUBSTANTIVE_COMMENT));
        counts.put("substantiveComments", by.get(Classification.SUBSTANTIVE_COMMENT));
        counts.put("reactions", by.get(Classification.REACTION));
        return counts;
    }

    private static Map<String, Integer> kinds(Map<ActivityKind, Integer> counts) {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (ActivityKind kind : ActivityKind.values()) {
            m.put(kind.name(), counts.getOrDefault(kind, 0));
        }
        return m;
    }

    private static Map<String, Object> index(SocialLeadershipIndex index, Properties english) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("total", index.total());
        m.put("band", index.band().name());
        m.put("windowStart", index.windowStart().toString());
        m.put("windowEnd", index.windowEnd().toString());
        Map<String, Object> pillars = new LinkedHashMap<>();
        pillars.put("originality", pillar(index.originality(), english));
        pillars.put("consistency", pillar(index.consistency(), english));
        pillars.put("engagementQuality", pillar(index.engagementQuality(), english));
        pillars.put("topicalFocus", pillar(index.topicalFocus(), english));
        m.put("pillars", pillars);
        m.put("nextStep", explanation(index.nextStep(), english));
        m.put("weeks", index.weeks().stream().map(w -> {
            Map<String, Object> week = new LinkedHashMap<>();
            week.put("weekStart", w.weekStart().toString());
            week.put("isoWeek", w.isoWeek());
            week.put("originalUnits", w.originalUnits());
            week.put("reshares", w.reshares());
            week.put("substantiveComments", w.substantiveComments());
            return week;
        }).toList());
        return m;
    }

    private static Map<String, Object> pillar(PillarScore score, Properties english) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("score", score.score());
        m.put("figures", score.figures());
        m.put("explanations", score.explanations().stream().map(e -> explanation(e, english)).toList());
        return m;
    }

    private static Map<String, Object> explanation(Explanation explanation, Properties english) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("key", explanation.messageKey());
        m.put("arguments", explanation.arguments());
        String pattern = english.getProperty(explanation.messageKey());
        m.put("text", pattern == null ? explanation.messageKey()
                : explanation.arguments().isEmpty() ? pattern
                : new MessageFormat(pattern, Locale.ENGLISH).format(explanation.arguments().toArray()));
        return m;
    }

    static Properties english() {
        Properties properties = new Properties();
        try (InputStream in = ActivityArchiveAnalyser.class.getResourceAsStream(
                "/vaadin-i18n/translations_en.properties")) {
            if (in != null) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            // without texts the keys still say what happened
        }
        return properties;
    }

    private static VoiceTopic simpleTopic(String label) {
        return new VoiceTopic(label, List.of(label), List.of("#" + label.replaceAll("\\s+", "")));
    }

    /** {@code Label:keyword,other keyword,#hashtag}. */
    private static VoiceTopic topic(String spec) {
        int colon = spec.indexOf(':');
        if (colon <= 0) {
            return null;
        }
        List<String> keywords = new ArrayList<>();
        List<String> hashtags = new ArrayList<>();
        for (String term : spec.substring(colon + 1).split(",")) {
            String t = term.strip();
            if (t.startsWith("#") && t.length() > 1) {
                hashtags.add(t);
            } else if (!t.isEmpty()) {
                keywords.add(t);
            }
        }
        return new VoiceTopic(spec.substring(0, colon).strip(), keywords, hashtags);
    }

    private static int usage(PrintStream err, String problem) {
        err.println("analyse-activity: " + problem);
        err.println(USAGE_TEXT);
        return USAGE;
    }
}
