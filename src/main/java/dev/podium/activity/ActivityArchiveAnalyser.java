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
                                         [--analytics=LinkedIn-analytics.xlsx]
              FILE  a LinkedIn or Mastodon export (zip/tar.gz), an X archive, an RSS/Atom feed or a LinkedIn CSV
              --analytics  LinkedIn's analytics export: adds what others did with the posts (comments, reposts,
                           impressions, followers) and the conversations started to the index
            Prints JSON: items per file and kind, skipped files, the date range, the engagement received and the
            Social Leadership Index for the 12 weeks up to the newest item (or --today). A share linking to a
            --company-domain counts as a reshare of company content, never as an own post.
            Exit codes: 0 fine, 2 bad input, 64 usage.""";

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
        Path analyticsFile = null;
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
            } else if (arg.startsWith("--analytics=")) {
                analyticsFile = Path.of(arg.substring("--analytics=".length()));
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
        if (analyticsFile != null && (!Files.isRegularFile(analyticsFile) || !Files.isReadable(analyticsFile))) {
            return usage(err, "cannot read " + analyticsFile);
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
        Received received;
        try {
            received = analyticsFile == null ? null : received(analyticsFile, properties);
        } catch (ArchiveRejected e) {
            err.println("analyse-activity: " + e.getMessage());
            return BAD_INPUT;
        }
        LocalDate windowStart = ConversationCalculator.monday(day).minusWeeks(properties.windowWeeks() - 1L);
        Conversations conversations = new ConversationCalculator(properties).compute(recent,
                received == null ? List.of() : received.posts(windowStart, day),
                received == null ? List.of() : received.followers(windowStart, day), topics, windowStart, day,
                received != null);
        SocialLeadershipIndex index = new SocialLeadershipCalculator(properties).compute(recent, topics, day,
                ConversationCalculator.received(conversations));

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
        json.put("received", received(received, conversations));
        json.put("index", index(index, english));
        out.println(JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(json));
        return OK;
    }

    /** The analytics export read into memory: a command-line check of one export, so it is small. */
    private record Received(AnalyticsReport report, Map<String, AnalyticsStore.StoredPost> allPosts,
            List<AnalyticsFigures.FollowerDay> allFollowers) {

        List<AnalyticsStore.StoredPost> posts(LocalDate from, LocalDate to) {
            return allPosts.values().stream().filter(p -> p.publishedOn() != null && !p.publishedOn().isBefore(from)
                    && !p.publishedOn().isAfter(to)).toList();
        }

        List<AnalyticsFigures.FollowerDay> followers(LocalDate from, LocalDate to) {
            return allFollowers.stream().filter(d -> !d.day().isBefore(from) && !d.day().isAfter(to)).toList();
        }
    }

    private static Received received(Path file, ActivityProperties properties) {
        Map<String, AnalyticsStore.StoredPost> posts = new LinkedHashMap<>();
        List<AnalyticsFigures.FollowerDay> followers = new ArrayList<>();
        AnalyticsReport report = new AnalyticsReader(properties.analytics(), properties.limits().toArchiveLimits())
                .read(file.getFileName().toString(), file, new AnalyticsFigures.Sink() {
                    @Override
                    public void post(AnalyticsFigures.Post p) {
                        // the export lists a post once per block: merge the figures as the database does
                        posts.merge(p.key(), new AnalyticsStore.StoredPost(p.key(), p.url(), p.publishedOn(),
                                p.impressions(), p.engagements(), p.comments(), p.reposts(), p.reactions()),
                                (a, b) -> new AnalyticsStore.StoredPost(a.key(), first(b.url(), a.url()),
                                        first(b.publishedOn(), a.publishedOn()), first(b.impressions(), a.impressions()),
                                        first(b.engagements(), a.engagements()), first(b.comments(), a.comments()),
                                        first(b.reposts(), a.reposts()), first(b.reactions(), a.reactions())));
                    }

                    @Override
                    public void day(AnalyticsFigures.Day day) {
                    }

                    @Override
                    public void followers(AnalyticsFigures.FollowerDay day) {
                        followers.add(day);
                    }
                });
        return new Received(report, posts, followers);
    }

    private static <T> T first(T a, T b) {
        return a != null ? a : b;
    }

    private static Map<String, Object> received(Received received, Conversations conversations) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("analyticsExport", received != null);
        if (received == null) {
            m.put("note", "Without LinkedIn's analytics export only what the person did is known; --analytics adds"
                    + " the comments and reposts their posts received and the conversations they started.");
            return m;
        }
        m.put("periodStart", received.report().periodStart() == null ? null
                : received.report().periodStart().toString());
        m.put("periodEnd", received.report().periodEnd() == null ? null : received.report().periodEnd().toString());
        m.put("impressions", received.report().impressions());
        m.put("membersReached", received.report().membersReached());
        m.put("totalFollowers", received.report().totalFollowers());
        m.put("postsInWindow", conversations.posts().size());
        m.put("postsWithFigures", conversations.postsWithFigures());
        m.put("postsWithCommentFigures", conversations.postsWithCommentFigures());
        m.put("postsThatStartedConversations", conversations.postsStarted());
        m.put("commentsReceived", conversations.commentsReceived());
        m.put("repostsReceived", conversations.repostsReceived());
        m.put("impressionsInWindow", conversations.impressions());
        m.put("followersGainedInWindow", conversations.followerWeeks().stream()
                .mapToInt(Conversations.FollowerWeek::gained).sum());
        m.put("posts", conversations.posts().stream().map(p -> {
            Map<String, Object> post = new LinkedHashMap<>();
            post.put("publishedOn", p.publishedOn() == null ? null : p.publishedOn().toString());
            post.put("url", p.url());
            post.put("impressions", p.impressions());
            post.put("engagements", p.engagements());
            post.put("comments", p.comments());
            post.put("reposts", p.reposts());
            post.put("startedConversation", p.startedConversation());
            return post;
        }).toList());
        return m;
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
