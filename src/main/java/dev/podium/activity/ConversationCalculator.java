package dev.podium.activity;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Joins the person's own posts from the archive with what LinkedIn's analytics export says others did with them
 * (DOMAIN.md §1: count the impressed, not the impressions). A post of the export is matched to the archive's post
 * by its URN, or else by the moment both ids encode (the export names the activity, the archive the share; quirk 5).
 * Posts the archive counts as company content are not the person's own and are left out; export posts the archive
 * does not hold are listed with their figures alone.
 */
final class ConversationCalculator {

    private static final Pattern URN = Pattern.compile("urn:li:(activity|share|ugcPost):(\\d{15,20})");
    private static final long SAME_MOMENT_SECONDS = 2;
    private static final Pattern URL_IN_TEXT = Pattern.compile("https?://\\S+");
    private static final int EXCERPT = 160;
    /** Words from which a post counts as long, for what conversation starters share. */
    static final int LONG_POST_WORDS = 150;

    private final ActivityProperties properties;

    ConversationCalculator(ActivityProperties properties) {
        this.properties = properties;
    }

    /**
     * @param items the person's classified items in the window (any class; own posts and articles are used, company
     *        content is recognised and left out)
     * @param figures the export's posts published in the window
     * @param followerDays followers gained per day in the window
     */
    Conversations compute(List<ClassifiedItem> items, List<AnalyticsStore.StoredPost> figures,
            List<AnalyticsFigures.FollowerDay> followerDays, List<VoiceTopic> topics, LocalDate windowStart,
            LocalDate today, boolean exportImported) {
        int minComments = properties.conversation().minComments();
        List<ClassifiedItem> own = new ArrayList<>();
        Map<String, Integer> byUrn = new HashMap<>();
        Map<Long, Integer> bySecond = new HashMap<>();
        Set<String> companyUrns = new HashSet<>();
        Set<Long> companySeconds = new HashSet<>();
        for (ClassifiedItem item : items) {
            boolean ownPost = item.classification() == Classification.OWN_POST
                    || item.classification() == Classification.ARTICLE;
            boolean company = item.companyContent() && item.item().kind() == ActivityKind.POST;
            if (!ownPost && !company) {
                continue;
            }
            for (String reference : new String[] {item.item().naturalKey(), item.item().link()}) {
                Matcher m = reference == null ? null : URN.matcher(reference);
                if (m != null && m.find()) {
                    String urn = m.group();
                    long second = second(m.group(2));
                    if (ownPost) {
                        byUrn.put(urn, own.size());
                        bySecond.put(second, own.size());
                    } else {
                        companyUrns.add(urn);
                        companySeconds.add(second);
                    }
                }
            }
            if (ownPost) {
                own.add(item);
            }
        }

        List<TopicMatcher> matchers = topics == null ? List.of() : topics.stream().map(TopicMatcher::new).toList();
        Map<Integer, AnalyticsStore.StoredPost> matched = new HashMap<>();
        List<PostConversation> posts = new ArrayList<>();
        for (AnalyticsStore.StoredPost post : figures) {
            if (companyUrns.contains(post.key())) {
                continue;
            }
            Integer index = byUrn.get(post.key());
            Long second = null;
            Matcher m = URN.matcher(post.key());
            if (m.matches()) {
                second = second(m.group(2));
            }
            for (long d = -SAME_MOMENT_SECONDS; index == null && second != null && d <= SAME_MOMENT_SECONDS; d++) {
                index = bySecond.get(second + d);
            }
            if (index == null && second != null && near(companySeconds, second)) {
                continue;
            }
            if (index != null && !matched.containsKey(index)) {
                matched.put(index, post);
                continue;
            }
            posts.add(conversation(null, post, minComments, matchers));
        }
        for (int i = 0; i < own.size(); i++) {
            posts.add(conversation(own.get(i), matched.get(i), minComments, matchers));
        }
        posts.sort(Comparator.comparing(PostConversation::startedConversation).reversed()
                .thenComparing(PostConversation::publishedOn, Comparator.reverseOrder()));

        int withFigures = 0;
        int withComments = 0;
        int started = 0;
        int comments = 0;
        int reposts = 0;
        long impressions = 0;
        for (PostConversation post : posts) {
            if (post.impressions() != null || post.engagements() != null || post.comments() != null) {
                withFigures++;
            }
            if (post.comments() != null) {
                withComments++;
                comments += post.comments();
            }
            if (post.startedConversation()) {
                started++;
            }
            reposts += post.reposts() == null ? 0 : post.reposts();
            impressions += post.impressions() == null ? 0 : post.impressions();
        }
        List<PostConversation> starters = posts.stream().filter(PostConversation::startedConversation).toList();
        List<Conversations.Common> common = new ArrayList<>();
        addCommon(common, "TOPIC", starters, PostConversation::topic);
        addCommon(common, "LENGTH", starters, p -> p.words() == null ? null : length(p.words()));
        addCommon(common, "FORMAT", starters, p -> p.format() == null ? null : p.format().name());
        addCommon(common, "WEEKDAY", starters, p -> p.publishedOn().getDayOfWeek().name());

        return new Conversations(exportImported, windowStart, today, posts, common,
                followerWeeks(followerDays, windowStart), withFigures, withComments, started, comments, reposts,
                impressions, minComments);
    }

    /** SHORT below the own-post words, LONG from {@value #LONG_POST_WORDS} words, MEDIUM in between. */
    String length(int words) {
        return words < properties.classify().ownPostWords() ? "SHORT" : words >= LONG_POST_WORDS ? "LONG" : "MEDIUM";
    }

    private PostConversation conversation(ClassifiedItem item, AnalyticsStore.StoredPost figures, int minComments,
            List<TopicMatcher> matchers) {
        Integer comments = figures == null ? null : figures.comments();
        boolean started = comments != null && comments >= minComments;
        if (item == null) {
            return new PostConversation(figures.publishedOn(), null, figures.url(), null, null, null,
                    figures.impressions(), figures.engagements(), comments, figures.reposts(), started);
        }
        ActivityItem raw = item.item();
        LocalDate day = raw.occurredAt().atZone(ZoneOffset.UTC).toLocalDate();
        PostFormat format = raw.kind() == ActivityKind.ARTICLE ? PostFormat.ARTICLE
                : raw.sharedUrl() != null || raw.text() != null && URL_IN_TEXT.matcher(raw.text()).find()
                        ? PostFormat.LINK : PostFormat.TEXT;
        String text = Words.forMatching(raw.text());
        String topic = matchers.stream().filter(t -> t.matches(text)).map(t -> t.label).findFirst().orElse(null);
        String excerpt = raw.text() == null ? null : raw.text().length() <= EXCERPT ? raw.text()
                : raw.text().substring(0, EXCERPT).strip() + "…";
        return new PostConversation(day, excerpt, figures != null && figures.url() != null ? figures.url()
                : raw.link(), item.wordCount(), format, topic, figures == null ? null : figures.impressions(),
                figures == null ? null : figures.engagements(), comments, figures == null ? null : figures.reposts(),
                started);
    }

    private static void addCommon(List<Conversations.Common> common, String dimension,
            List<PostConversation> starters, Function<PostConversation, String> value) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (PostConversation post : starters) {
            String v = value.apply(post);
            if (v != null) {
                counts.merge(v, 1, Integer::sum);
            }
        }
        counts.entrySet().stream().max(Map.Entry.comparingByValue())
                .ifPresent(e -> common.add(new Conversations.Common(dimension, e.getKey(), e.getValue(),
                        starters.size())));
    }

    private List<Conversations.FollowerWeek> followerWeeks(List<AnalyticsFigures.FollowerDay> days,
            LocalDate windowStart) {
        if (days.isEmpty()) {
            return List.of();
        }
        int weeks = properties.windowWeeks();
        int[] gained = new int[weeks];
        for (AnalyticsFigures.FollowerDay day : days) {
            long week = ChronoUnit.WEEKS.between(windowStart, day.day());
            if (week >= 0 && week < weeks) {
                gained[(int) week] += day.newFollowers();
            }
        }
        List<Conversations.FollowerWeek> result = new ArrayList<>();
        for (int w = 0; w < weeks; w++) {
            result.add(new Conversations.FollowerWeek(windowStart.plusWeeks(w), gained[w]));
        }
        return result;
    }

    /** What the index takes from the conversations: the posts whose comments are known and those that started one. */
    static SocialLeadershipCalculator.Received received(Conversations conversations) {
        return new SocialLeadershipCalculator.Received(conversations.exportImported(),
                conversations.postsWithCommentFigures(), conversations.postsStarted(), conversations.minComments());
    }

    static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private static long second(String id) {
        try {
            return (Long.parseLong(id) >> 22) / 1000;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static boolean near(Set<Long> seconds, long second) {
        for (long d = -SAME_MOMENT_SECONDS; d <= SAME_MOMENT_SECONDS; d++) {
            if (seconds.contains(second + d)) {
                return true;
            }
        }
        return false;
    }

    /** A voice topic's keywords and hashtags, matched as the topical-focus pillar matches them. */
    private static final class TopicMatcher {
        final String label;
        final List<Pattern> patterns = new ArrayList<>();

        TopicMatcher(VoiceTopic topic) {
            this.label = topic.label();
            topic.keywords().stream().filter(k -> k != null && !k.isBlank()).map(Words::phrase)
                    .forEach(patterns::add);
            topic.hashtags().stream().filter(h -> h != null && !h.replace("#", "").isBlank()).map(Words::hashtag)
                    .forEach(patterns::add);
        }

        boolean matches(String text) {
            return patterns.stream().anyMatch(p -> p.matcher(text).find());
        }
    }
}
