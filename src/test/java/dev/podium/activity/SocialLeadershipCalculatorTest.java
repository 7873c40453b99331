package dev.podium.activity;

import static dev.podium.activity.ActivityItems.item;
import static dev.podium.activity.ActivityItems.words;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SocialLeadershipCalculatorTest {

    /** A Sunday: the window runs from Monday 2025-12-22 to this day, twelve ISO weeks. */
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);
    private static final LocalDate WINDOW_START = LocalDate.of(2025, 12, 22);

    private final ActivityProperties properties = ActivityProperties.defaults();
    private final ItemClassifier classifier = new ItemClassifier(properties, Set.of("acme.com"));
    private final SocialLeadershipCalculator calculator = new SocialLeadershipCalculator(properties);

    private ClassifiedItem classified(ActivityKind kind, String text, LocalDate day) {
        return classifier.classify(item(kind, text, day));
    }

    private SocialLeadershipIndex compute(List<ClassifiedItem> items) {
        return calculator.compute(items, List.of(), TODAY);
    }

    @Test
    void originality_weighs_the_voice_ratio_and_the_volume() {
        List<ClassifiedItem> items = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            items.add(classified(ActivityKind.POST, words(40), TODAY.minusDays(i)));
        }
        for (int i = 0; i < 2; i++) {
            items.add(classified(ActivityKind.RESHARE, words(20), TODAY.minusDays(i)));
            items.add(classified(ActivityKind.RESHARE, null, TODAY.minusDays(i)));
        }

        PillarScore originality = compute(items).originality();

        // voiceRatio = (6 + 2·0.7) / 10 = 0.74; volume = (6 + 0.5·2) / 12; 25·(0.6·0.74/0.8 + 0.4·7/12) = 19.7
        assertThat(originality.score()).isEqualTo(20);
        assertThat(originality.figures()).containsEntry("ownPosts", 6).containsEntry("commentedReshares", 2)
                .containsEntry("bareReshares", 2).containsEntry("publishedItems", 10)
                .containsEntry("voiceRatio", 0.74).containsEntry("volumeUnits", 7.0);
    }

    @Test
    void bare_reshares_earn_no_originality() {
        List<ClassifiedItem> items = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            items.add(classified(ActivityKind.RESHARE, null, TODAY.minusDays(i)));
        }

        SocialLeadershipIndex index = compute(items);

        assertThat(index.originality().score()).isZero();
        assertThat(index.consistency().figures()).containsEntry("activeWeeks", 0);
        assertThat(index.originality().explanations()).extracting(Explanation::messageKey)
                .contains("activity.explain.originality.bare");
        assertThat(index.nextStep().messageKey()).isEqualTo("activity.next.originality.add-words");
    }

    @Test
    void steady_weeks_score_full_consistency() {
        List<ClassifiedItem> items = new ArrayList<>();
        for (int w = 0; w < 12; w++) {
            items.add(classified(ActivityKind.POST, words(40), TODAY.minusWeeks(w)));
        }

        PillarScore consistency = compute(items).consistency();

        assertThat(consistency.score()).isEqualTo(25);
        assertThat(consistency.explanations().getFirst())
                .isEqualTo(Explanation.of("activity.explain.consistency.active", 12, 12, 8));
    }

    @Test
    void the_same_output_in_one_spike_scores_lower_than_steady_weeks() {
        List<ClassifiedItem> spike = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            spike.add(classified(ActivityKind.POST, words(40), TODAY));
        }

        SocialLeadershipIndex index = compute(spike);

        // active 1 of 12, CV = √11 ≥ 2 so no evenness, recent: 25·(0.7/12 + 0 + 0.15) = 5.2
        assertThat(index.consistency().score()).isEqualTo(5);
        assertThat(index.consistency().explanations().getFirst())
                .isEqualTo(Explanation.of("activity.explain.consistency.active", 1, 12, 100));
        assertThat(index.originality().score()).isEqualTo(25);
    }

    @Test
    void consistency_counts_active_weeks_evenness_and_recency() {
        List<ClassifiedItem> items = new ArrayList<>();
        for (int w = 6; w <= 8; w++) {
            items.add(classified(ActivityKind.POST, words(40), WINDOW_START.plusWeeks(w)));
        }

        PillarScore consistency = compute(items).consistency();

        // units 0,0,0,0,0,0,1,1,1,0,0,0: CV = 0.433/0.25 = 1.73; last post 27 days ago: recency 0.5
        // 25·(0.7·3/12 + 0.15·(1 − 1.73/2) + 0.15·0.5) = 6.75
        assertThat(consistency.score()).isEqualTo(7);
        assertThat(consistency.figures()).containsEntry("activeWeeks", 3).containsEntry("coefficientOfVariation", 1.73)
                .containsEntry("daysSinceLastContribution", 27L).containsEntry("recency", 0.5);
    }

    @Test
    void three_substantive_comments_make_a_week_active() {
        List<ClassifiedItem> items = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            items.add(classified(ActivityKind.COMMENT, words(12), TODAY));
        }
        items.add(classified(ActivityKind.COMMENT, words(12), TODAY.minusWeeks(1)));

        assertThat(compute(items).consistency().figures()).containsEntry("activeWeeks", 1);
    }

    @Test
    void engagement_quality_weighs_conversation_depth_comment_share_and_replies() {
        List<ClassifiedItem> items = new ArrayList<>();
        ActivityItem post = item(ActivityKind.POST, words(40), TODAY.minusDays(3));
        items.add(classifier.classify(post));
        items.add(classified(ActivityKind.POST, words(40), TODAY.minusDays(10)));
        for (int i = 0; i < 3; i++) {
            items.add(classified(ActivityKind.COMMENT, words(30), TODAY.minusDays(i)));
            items.add(classified(ActivityKind.COMMENT, words(15), TODAY.minusDays(i)));
        }
        items.add(classified(ActivityKind.COMMENT, "Thanks!", TODAY.minusDays(4)));
        items.add(classifier.classify(new ActivityItem(ActivitySource.LINKEDIN, ActivityKind.COMMENT, "reply",
                ActivityItems.noon(TODAY.minusDays(2)), "Thank you, Bob!", null, null, post.naturalKey(), null)));
        for (int i = 0; i < 24; i++) {
            items.add(classified(ActivityKind.REACTION, null, TODAY.minusDays(i % 20)));
        }

        PillarScore engagement = compute(items).engagementQuality();

        // conversation 6/24, depth 3/8, comment share 8/32 = 0.25 → 1, replies 1/2:
        // 25·(0.4·0.25 + 0.2·0.375 + 0.2·1 + 0.2·0.5) = 11.9
        assertThat(engagement.score()).isEqualTo(12);
        assertThat(engagement.figures()).containsEntry("comments", 8).containsEntry("substantiveComments", 6)
                .containsEntry("deepComments", 3).containsEntry("reactions", 24).containsEntry("ownPosts", 2)
                .containsEntry("ownPostsRepliedOn", 1);
    }

    private List<ClassifiedItem> engagedItems() {
        List<ClassifiedItem> items = new ArrayList<>();
        ActivityItem post = item(ActivityKind.POST, words(40), TODAY.minusDays(3));
        items.add(classifier.classify(post));
        items.add(classified(ActivityKind.POST, words(40), TODAY.minusDays(10)));
        for (int i = 0; i < 3; i++) {
            items.add(classified(ActivityKind.COMMENT, words(30), TODAY.minusDays(i)));
            items.add(classified(ActivityKind.COMMENT, words(15), TODAY.minusDays(i)));
        }
        items.add(classified(ActivityKind.COMMENT, "Thanks!", TODAY.minusDays(4)));
        items.add(classifier.classify(new ActivityItem(ActivitySource.LINKEDIN, ActivityKind.COMMENT, "reply",
                ActivityItems.noon(TODAY.minusDays(2)), "Thank you, Bob!", null, null, post.naturalKey(), null)));
        for (int i = 0; i < 24; i++) {
            items.add(classified(ActivityKind.REACTION, null, TODAY.minusDays(i % 20)));
        }
        return items;
    }

    @Test
    void with_the_analytics_export_engagement_quality_combines_conversations_started_with_those_joined() {
        SocialLeadershipCalculator.Received received = new SocialLeadershipCalculator.Received(true, 4, 1, 2);

        PillarScore engagement = calculator.compute(engagedItems(), List.of(), TODAY, received).engagementQuality();

        // joined as without the export: 0.476; started: 1 of 4 posts = 0.25 of a 0.5 target = 0.5;
        // 25·(0.4·0.5 + 0.6·0.476) = 12.1
        assertThat(engagement.score()).isEqualTo(12);
        assertThat(engagement.figures()).containsEntry("postsWithReceivedComments", 4)
                .containsEntry("postsThatStartedConversations", 1).containsEntry("startedShare", 0.25);
        assertThat(engagement.explanations()).contains(
                Explanation.of("activity.explain.engagement.started", 1, 4, 2, 40, 50));
    }

    @Test
    void posts_that_all_started_conversations_lift_engagement_quality_above_what_joining_alone_gives() {
        int joinedOnly = compute(engagedItems()).engagementQuality().score();
        int withStarted = calculator.compute(engagedItems(), List.of(), TODAY,
                new SocialLeadershipCalculator.Received(true, 3, 3, 2)).engagementQuality().score();

        // 25·(0.4·1 + 0.6·0.476) = 17.1
        assertThat(joinedOnly).isEqualTo(12);
        assertThat(withStarted).isEqualTo(17);
    }

    @Test
    void without_the_export_the_pillar_works_as_before_and_says_what_the_export_would_add() {
        PillarScore engagement = compute(engagedItems()).engagementQuality();

        assertThat(engagement.score()).isEqualTo(12);
        assertThat(engagement.figures()).doesNotContainKey("postsThatStartedConversations");
        assertThat(engagement.explanations()).contains(Explanation.of("activity.explain.engagement.no-analytics"));
    }

    @Test
    void an_export_without_comment_figures_leaves_the_pillar_to_the_conversations_joined_and_says_so() {
        PillarScore engagement = calculator.compute(engagedItems(), List.of(), TODAY,
                new SocialLeadershipCalculator.Received(true, 0, 0, 2)).engagementQuality();

        assertThat(engagement.score()).isEqualTo(12);
        assertThat(engagement.explanations())
                .contains(Explanation.of("activity.explain.engagement.no-comment-figures"));
    }

    @Test
    void the_weight_of_conversations_started_is_configuration() {
        ActivityProperties d = ActivityProperties.defaults();
        ActivityProperties allStarted = new ActivityProperties(d.windowWeeks(), d.classify(), d.originality(),
                d.consistency(), d.engagement(), d.focus(), d.bands(), d.limits(), d.companyDomains(),
                new ActivityProperties.Conversation(2, 1.0, 0.5), d.analytics());

        int score = new SocialLeadershipCalculator(allStarted).compute(engagedItems(), List.of(), TODAY,
                new SocialLeadershipCalculator.Received(true, 2, 1, 2)).engagementQuality().score();

        assertThat(score).isEqualTo(25);
    }

    @Test
    void a_linkedin_comment_on_an_own_post_is_linked_by_the_moment_in_its_activity_id() {
        Instant posted = Instant.parse("2026-03-10T09:15:30.250Z");
        long shareId = posted.toEpochMilli() << 22;
        long activityId = (posted.toEpochMilli() + 700) << 22 | 12345;
        ActivityItem post = new ActivityItem(ActivitySource.LINKEDIN, ActivityKind.POST, "urn:li:share:" + shareId,
                posted, words(40), null, null, null, null);
        ActivityItem reply = new ActivityItem(ActivitySource.LINKEDIN, ActivityKind.COMMENT, "urn:li:comment:x",
                posted.plusSeconds(3600), "Thanks for reading!", null, null, "urn:li:activity:" + activityId, null);

        PillarScore engagement = compute(List.of(classifier.classify(post), classifier.classify(reply)))
                .engagementQuality();

        assertThat(engagement.figures()).containsEntry("ownPostsRepliedOn", 1).containsEntry("replyRate", 1.0);
    }

    @Test
    void topical_focus_is_the_share_of_original_units_on_topic_and_the_topics_covered() {
        List<VoiceTopic> topics = List.of(
                new VoiceTopic("Leadership", List.of("leadership"), List.of("#leadership")),
                new VoiceTopic("Cloud", List.of("cloud computing"), List.of()),
                new VoiceTopic("Mentoring", List.of(), List.of("mentoring")),
                new VoiceTopic("Accessibility", List.of("accessibility"), List.of()));
        List<ClassifiedItem> items = List.of(
                classified(ActivityKind.POST, "𝗟𝗲𝗮𝗱𝗲𝗿𝘀𝗵𝗶𝗽 is a practice. " + words(30), TODAY),
                classified(ActivityKind.POST, "Why I do this #Mentoring " + words(30), TODAY),
                classified(ActivityKind.POST, "Cloud Computing costs, explained. " + words(30), TODAY),
                classified(ActivityKind.POST, "Five leaderships, no mentoring hashtag " + words(30), TODAY),
                classified(ActivityKind.RESHARE, "Off topic, but worth your time " + words(12), TODAY),
                classified(ActivityKind.COMMENT, "accessibility in a comment is not original work " + words(10), TODAY));

        SocialLeadershipIndex index = calculator.compute(items, topics, TODAY);

        // focus 3 / 4.7 = 0.638, coverage 3/4: 25·(0.7·0.638 + 0.3·0.75) = 16.8
        assertThat(index.topicalFocus().score()).isEqualTo(17);
        assertThat(index.topicalFocus().figures()).containsEntry("topicsUsed", 3).containsEntry("originalUnits", 4.7)
                .containsEntry("onTopicUnits", 3.0);
        assertThat(index.topicalFocus().explanations()).contains(
                Explanation.of("activity.explain.focus.coverage", 3, 4));
    }

    @Test
    void without_voice_topics_focus_is_zero_and_says_to_choose_them() {
        PillarScore focus = compute(List.of(classified(ActivityKind.POST, words(40), TODAY))).topicalFocus();

        assertThat(focus.score()).isZero();
        assertThat(focus.explanations()).containsExactly(Explanation.of("activity.explain.focus.no-topics"));
    }

    @Test
    void bands_split_at_forty_and_seventy() {
        ActivityProperties.Bands bands = properties.bands();

        assertThat(SocialLeadershipCalculator.band(0, bands)).isEqualTo(Band.STARTING);
        assertThat(SocialLeadershipCalculator.band(39, bands)).isEqualTo(Band.STARTING);
        assertThat(SocialLeadershipCalculator.band(40, bands)).isEqualTo(Band.BUILDING);
        assertThat(SocialLeadershipCalculator.band(69, bands)).isEqualTo(Band.BUILDING);
        assertThat(SocialLeadershipCalculator.band(70, bands)).isEqualTo(Band.LEADING);
        assertThat(SocialLeadershipCalculator.band(100, bands)).isEqualTo(Band.LEADING);
    }

    @Test
    void the_total_is_the_sum_of_the_pillars_and_sets_the_band() {
        List<ClassifiedItem> items = new ArrayList<>();
        for (int w = 0; w < 12; w++) {
            items.add(classified(ActivityKind.POST, "On #leadership: " + words(40), TODAY.minusWeeks(w)));
        }
        SocialLeadershipIndex index = calculator.compute(items,
                List.of(new VoiceTopic("Leadership", List.of(), List.of("#leadership"))), TODAY);

        assertThat(index.total()).isEqualTo(index.originality().score() + index.consistency().score()
                + index.engagementQuality().score() + index.topicalFocus().score());
        assertThat(index.total()).isEqualTo(75);
        assertThat(index.band()).isEqualTo(Band.LEADING);
        // engagement is the weakest pillar: comment on other people's posts
        assertThat(index.nextStep()).isEqualTo(Explanation.of("activity.next.engagement.comment", 3, 12));
    }

    @Test
    void the_weekly_series_has_twelve_mondays_oldest_first_with_units_and_reshares() {
        List<ClassifiedItem> items = List.of(
                classified(ActivityKind.POST, words(40), TODAY),
                classified(ActivityKind.RESHARE, words(20), TODAY.minusDays(1)),
                classified(ActivityKind.RESHARE, null, TODAY.minusDays(2)),
                classified(ActivityKind.ARTICLE, words(400), WINDOW_START),
                classified(ActivityKind.POST, words(40), WINDOW_START.minusDays(1)));

        SocialLeadershipIndex index = compute(items);

        assertThat(index.weeks()).hasSize(12);
        assertThat(index.windowStart()).isEqualTo(WINDOW_START);
        assertThat(index.windowEnd()).isEqualTo(TODAY);
        assertThat(index.weeks()).allMatch(w -> w.weekStart().getDayOfWeek() == DayOfWeek.MONDAY);
        assertThat(index.weeks().getFirst()).isEqualTo(new WeekActivity(WINDOW_START, 52, 1.5, 0, 0));
        assertThat(index.weeks().getLast()).isEqualTo(new WeekActivity(LocalDate.of(2026, 3, 9), 11, 1.7, 2, 0));
        assertThat(index.originality().figures()).containsEntry("publishedItems", 4);
    }

    @Test
    void every_explanation_and_next_step_has_english_and_danish_text() throws IOException {
        Properties english = load("en");
        Properties danish = load("da");
        List<VoiceTopic> topics = List.of(new VoiceTopic("Leadership", List.of("leadership"), List.of()),
                new VoiceTopic("Cloud", List.of("cloud"), List.of()));
        List<SocialLeadershipIndex> indexes = List.of(
                compute(List.of()),
                compute(List.of(classified(ActivityKind.RESHARE, null, TODAY))),
                calculator.compute(List.of(classified(ActivityKind.POST, "leadership " + words(3), TODAY)), topics,
                        TODAY),
                calculator.compute(List.of(classified(ActivityKind.POST, "leadership " + words(40),
                        TODAY.minusDays(40))), topics, TODAY),
                calculator.compute(List.of(), topics, TODAY, new SocialLeadershipCalculator.Received(true, 2, 1, 2)),
                calculator.compute(List.of(), topics, TODAY, new SocialLeadershipCalculator.Received(true, 0, 0, 2)));
        List<Explanation> all = indexes.stream().flatMap(i -> Stream.concat(Stream.of(i.nextStep()),
                Stream.of(i.originality(), i.consistency(), i.engagementQuality(), i.topicalFocus())
                        .flatMap(p -> p.explanations().stream()))).toList();

        assertThat(all).extracting(Explanation::messageKey).allSatisfy(key -> {
            assertThat(english.getProperty(key)).as(key).isNotBlank();
            assertThat(danish.getProperty(key)).as(key).isNotBlank();
        });
        assertThat(all).allSatisfy(e -> assertThat(e.arguments().isEmpty() ? english.getProperty(e.messageKey())
                : new java.text.MessageFormat(english.getProperty(e.messageKey()), java.util.Locale.ENGLISH)
                        .format(e.arguments().toArray())).doesNotContain("{").doesNotContain("''"));
    }

    private static Properties load(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = SocialLeadershipCalculatorTest.class.getResourceAsStream(
                "/vaadin-i18n/translations_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
