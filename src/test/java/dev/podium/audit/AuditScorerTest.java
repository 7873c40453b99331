package dev.podium.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podium.activity.LinkedInProfile;
import dev.podium.activity.VoiceTopic;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AuditScorerTest {

    private static final List<VoiceTopic> TOPICS = List.of(new VoiceTopic("Data privacy", List.of("privacy"),
            List.of("#gdpr")));
    private static final ManualAnswers ANSWERS = new ManualAnswers("https://www.linkedin.com/in/mette-privacy", "",
            false);

    private final AuditScorer scorer = new AuditScorer(AuditProperties.defaults());

    @Test
    void the_default_rubric_has_eighteen_items_worth_one_hundred_points() {
        AuditProperties defaults = AuditProperties.defaults();
        assertThat(RubricItem.values()).hasSize(18);
        assertThat(List.of(RubricItem.values()).stream().mapToInt(item -> defaults.pointsOf(item).total()).sum())
                .isEqualTo(100);
    }

    @Test
    void a_headline_naming_a_voice_topic_earns_every_automatic_point_with_its_evidence() {
        ItemScore headline = score(profile("Helping Nordic banks get 𝗱𝗮𝘁𝗮 𝗽𝗿𝗶𝘃𝗮𝗰𝘆 right, one product team at a time",
                "", List.of())).get(RubricItem.HEADLINE);

        assertThat(headline.autoPoints()).isEqualTo(5);
        assertThat(headline.evidenceKey()).isEqualTo("audit.evidence.headline-topic");
        assertThat(headline.evidenceArguments()).containsExactly("71", "Data privacy");
        assertThat(headline.coachPoints()).isNull();
        assertThat(headline.coachMax()).isEqualTo(4);
    }

    @Test
    void a_headline_that_is_just_the_job_title_earns_only_its_length_points_if_long_enough() {
        ItemScore headline = score(profile("Engineer", "", List.of())).get(RubricItem.HEADLINE);

        assertThat(headline.autoPoints()).isZero();
        assertThat(headline.evidenceKey()).isEqualTo("audit.evidence.headline-just-title");
    }

    @Test
    void without_voice_topics_the_topic_points_are_withheld_and_the_evidence_says_so() {
        Map<RubricItem, ItemScore> scores = byItem(scorer.score(profile(
                "Helping Nordic banks get data privacy right, one product team at a time", "", skills(20)), ANSWERS,
                List.of()));

        assertThat(scores.get(RubricItem.HEADLINE).autoPoints()).isEqualTo(3);
        assertThat(scores.get(RubricItem.HEADLINE).evidenceKey()).isEqualTo("audit.evidence.headline-no-topics");
        assertThat(scores.get(RubricItem.SKILLS).autoPoints()).isEqualTo(6);
        assertThat(scores.get(RubricItem.SKILLS).evidenceKey()).isEqualTo("audit.evidence.skills-no-topics");
    }

    @Test
    void about_length_steps_at_600_and_1200_characters() {
        assertThat(score(profile("", "x".repeat(599), List.of())).get(RubricItem.ABOUT_LENGTH).autoPoints()).isZero();
        assertThat(score(profile("", "x".repeat(600), List.of())).get(RubricItem.ABOUT_LENGTH).autoPoints())
                .isEqualTo(4);
        assertThat(score(profile("", "x".repeat(1200), List.of())).get(RubricItem.ABOUT_LENGTH).autoPoints())
                .isEqualTo(8);
    }

    @Test
    void skills_earn_three_then_six_and_two_more_when_a_voice_topic_is_among_them() {
        assertThat(score(profile("", "", skills(3))).get(RubricItem.SKILLS).autoPoints()).isEqualTo(3);
        assertThat(score(profile("", "", skills(15))).get(RubricItem.SKILLS).autoPoints()).isEqualTo(6);
        List<String> withTopic = new java.util.ArrayList<>(skills(15));
        withTopic.add("GDPR compliance");
        assertThat(score(profile("", "", withTopic)).get(RubricItem.SKILLS).autoPoints()).isEqualTo(8);
    }

    @Test
    void a_generated_profile_address_is_not_a_custom_url() {
        ItemScore generated = byItem(scorer.scoreAnswers(new ManualAnswers(
                "https://www.linkedin.com/in/mette-jensen-4b2a1c123", "", false), TOPICS)).get(RubricItem.CUSTOM_URL);
        ItemScore custom = byItem(scorer.scoreAnswers(ANSWERS, TOPICS)).get(RubricItem.CUSTOM_URL);

        assertThat(generated.autoPoints()).isZero();
        assertThat(generated.evidenceKey()).isEqualTo("audit.evidence.custom-url-generated");
        assertThat(custom.autoPoints()).isEqualTo(2);
    }

    @Test
    void coach_only_items_earn_no_automatic_points() {
        Map<RubricItem, ItemScore> scores = score(profile("", "", List.of()));

        assertThat(List.of(RubricItem.ABOUT_QUALITY, RubricItem.FEATURED, RubricItem.FOLLOW_AND_TOPICS))
                .allSatisfy(item -> assertThat(scores.get(item).autoPoints()).isZero());
    }

    @Test
    void configured_points_replace_the_defaults() {
        AuditProperties defaults = AuditProperties.defaults();
        AuditProperties custom = new AuditProperties(Map.of(RubricItem.WEBSITE, new RubricItem.ItemPoints(1, 0)),
                defaults.thresholds(), defaults.sla(), defaults.employerNames());
        LinkedInProfile profile = new LinkedInProfile("M", "J", "", "", null, null, "[BLOG:https://m.example]",
                List.of(), 0, List.of(), 0, 0, 0, null, null, List.of());

        ItemScore website = byItem(new AuditScorer(custom).score(profile, ANSWERS, TOPICS)).get(RubricItem.WEBSITE);

        assertThat(website.autoPoints()).isOne();
        assertThat(website.evidenceArguments()).containsExactly("[BLOG:https://m.example]");
    }

    @Test
    void the_complete_profile_earns_every_automatic_point_and_uploads_are_evidence_with_their_dates() {
        List<LinkedInProfile.Position> positions = List.of(
                new LinkedInProfile.Position("Podium Bank A/S", "Privacy Engineer", "x".repeat(200),
                        YearMonth.of(2021, 1), null),
                new LinkedInProfile.Position("Old", "Engineer", "", YearMonth.of(2017, 1), YearMonth.of(2020, 12)),
                new LinkedInProfile.Position("First", "Junior", "", YearMonth.of(2014, 1), YearMonth.of(2016, 12)));
        List<String> skills = new java.util.ArrayList<>(skills(15));
        skills.add("Privacy engineering");
        LinkedInProfile profile = new LinkedInProfile("M", "J", "Helping Nordic banks get data privacy right, "
                + "one product team at a time", "x".repeat(1300), "Banking", "Copenhagen", "[BLOG:https://m.example]",
                positions, 1, skills, 10, 2, 500, LocalDate.of(2026, 1, 15), LocalDate.of(2025, 3, 3), List.of());

        Map<RubricItem, ItemScore> scores = byItem(scorer.score(profile, ANSWERS, TOPICS));

        assertThat(scores.values().stream().mapToInt(ItemScore::autoPoints).sum()).isEqualTo(68);
        assertThat(scores.get(RubricItem.PROFILE_PHOTO).evidenceArguments()).containsExactly("2026-01-15");
        assertThat(scores.get(RubricItem.EMPLOYER_ALIGNMENT).evidenceArguments()).containsExactly("Podium Bank A/S");
    }

    private Map<RubricItem, ItemScore> score(LinkedInProfile profile) {
        return byItem(scorer.score(profile, ANSWERS, TOPICS));
    }

    private static Map<RubricItem, ItemScore> byItem(List<ItemScore> scores) {
        return scores.stream().collect(Collectors.toMap(ItemScore::item, Function.identity()));
    }

    private static LinkedInProfile profile(String headline, String summary, List<String> skills) {
        return new LinkedInProfile("Mette", "Jensen", headline, summary, null, null, null,
                List.of(new LinkedInProfile.Position("Podium", "Engineer", "", YearMonth.of(2020, 1), null)), 0,
                skills, 0, 0, 0, null, null, List.of());
    }

    private static List<String> skills(int count) {
        return java.util.stream.IntStream.rangeClosed(1, count).mapToObj(i -> "Skill " + i).toList();
    }
}
