package dev.podium.drafts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podium.activity.Classification;
import dev.podium.activity.DraftReading;
import dev.podium.policy.DraftRules;
import dev.podium.policy.PolicySection;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class PreflightCheckTest {

    static final DraftRules RULES = new DraftRules("social-media-guidelines", "Social media guidelines", "2026.2",
            "Podium Demo A/S", List.of("#PodiumDemoEmployee", "#reklame", "Jeg arbejder hos Podium Demo A/S"),
            List.of("#spon"), Map.of("own-words", new PolicySection(1, "Speak as yourself"),
                    "disclosure", new PolicySection(2, "Disclose in the post"),
                    "confidential", new PolicySection(3, "Keep confidential and inside information inside")));

    static DraftReading reading(Classification classification, int words, boolean link, boolean company,
            List<String> named, List<String> mine) {
        return new DraftReading(classification, words, link, company, named, mine, 30, 15, 12);
    }

    static DraftReading ownPost(int words) {
        return reading(Classification.OWN_POST, words, false, false, List.of(), List.of("Leadership"));
    }

    static Preflight check(DraftKind kind, String text, DraftReading reading, List<String> confidential,
            List<String> products) {
        return PreflightCheck.check(kind, text, reading, RULES, confidential, products);
    }

    static List<String> keys(Preflight preflight) {
        return preflight.findings().stream().map(Finding::key).toList();
    }

    static Finding finding(Preflight preflight, String key) {
        return preflight.findings().stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void a_post_over_the_limit_is_a_caution_that_says_by_how_much_but_is_still_checked() {
        String text = "a".repeat(3_010);
        Preflight preflight = check(DraftKind.POST, text, ownPost(1), List.of(), List.of());
        assertThat(preflight.characters()).isEqualTo(3_010);
        assertThat(preflight.overLimit()).isTrue();
        Finding tooLong = finding(preflight, "drafts.check.too-long");
        assertThat(tooLong.severity()).isEqualTo(Severity.CAUTION);
        assertThat(tooLong.arguments()).containsExactly("3010", "3000", "10");
        assertThat(keys(preflight)).contains("drafts.check.short-post");
    }

    @Test
    void characters_are_counted_as_code_points_so_an_emoji_counts_once() {
        Preflight preflight = check(DraftKind.COMMENT, "Great point 👍", reading(Classification.COMMENT, 2, false,
                false, List.of(), List.of()), List.of(), List.of());
        assertThat(preflight.characters()).isEqualTo(13);
        assertThat(preflight.limit()).isEqualTo(1_250);
    }

    @Test
    void a_bare_link_is_a_caution_pointing_to_speaking_as_yourself() {
        Preflight preflight = check(DraftKind.POST, "https://example.org/article",
                reading(Classification.OWN_POST, 0, true, false, List.of(), List.of()), List.of(), List.of());
        Finding bare = finding(preflight, "drafts.check.bare-link");
        assertThat(bare.severity()).isEqualTo(Severity.CAUTION);
        assertThat(bare.rule()).isEqualTo(new PolicySection(1, "Speak as yourself"));
    }

    @Test
    void a_company_link_with_few_words_is_advised_to_add_commentary_and_asks_for_disclosure() {
        Preflight preflight = check(DraftKind.POST, "Look at this https://podium-demo.example/news",
                reading(Classification.THIN_RESHARE, 3, true, true, List.of(), List.of()), List.of(), List.of());
        assertThat(finding(preflight, "drafts.check.company-link-thin").arguments()).containsExactly("3", "15");
        Finding disclosure = finding(preflight, "drafts.check.disclosure-missing-link");
        assertThat(disclosure.severity()).isEqualTo(Severity.CAUTION);
        assertThat(disclosure.rule().number()).isEqualTo(2);
        assertThat(disclosure.arguments().getFirst()).contains("#reklame");
    }

    @Test
    void naming_a_product_without_disclosure_asks_for_it_and_with_reklame_it_is_good() {
        Preflight missing = check(DraftKind.POST, "I love how the Podium Cloud helps our customers grow.",
                ownPost(10), List.of(), List.of("Podium Cloud"));
        assertThat(finding(missing, "drafts.check.disclosure-missing").arguments().getFirst())
                .isEqualTo("Podium Cloud");
        Preflight present = check(DraftKind.POST, "#reklame I love how the Podium Cloud helps our customers.",
                ownPost(10), List.of(), List.of("Podium Cloud"));
        assertThat(finding(present, "drafts.check.disclosure-present").severity()).isEqualTo(Severity.GOOD);
    }

    @Test
    void the_company_name_counts_without_its_legal_form() {
        assertThat(PreflightCheck.companyName("Podium Demo A/S")).isEqualTo("Podium Demo");
        Preflight preflight = check(DraftKind.COMMENT, "We at Podium Demo are hiring engineers in Aarhus now.",
                reading(Classification.COMMENT, 9, false, false, List.of(), List.of()), List.of(), List.of());
        assertThat(keys(preflight)).contains("drafts.check.disclosure-missing");
    }

    @Test
    void spon_is_not_clear_enough() {
        Preflight preflight = check(DraftKind.POST, "Podium Demo launched something. #spon", ownPost(4), List.of(),
                List.of());
        assertThat(finding(preflight, "drafts.check.disclosure-not-enough").arguments().getFirst())
                .isEqualTo("#spon");
    }

    @Test
    void a_disclosure_after_see_more_is_advice_to_move_it_up() {
        String text = "Podium Demo " + "word ".repeat(60) + "#reklame";
        Preflight preflight = check(DraftKind.POST, text, ownPost(62), List.of(), List.of());
        assertThat(finding(preflight, "drafts.check.disclosure-late").severity()).isEqualTo(Severity.ADVICE);
    }

    @Test
    void a_confidential_word_is_named_only_when_the_draft_holds_it_as_a_whole_word() {
        Preflight found = check(DraftKind.POST, "Excited about project Falcon next year!", ownPost(6),
                List.of("falcon", "Osprey"), List.of());
        Finding caution = finding(found, "drafts.check.confidential");
        assertThat(caution.arguments()).containsExactly("falcon");
        assertThat(caution.rule().number()).isEqualTo(3);
        assertThat(found.findings()).filteredOn(f -> f.key().equals("drafts.check.confidential")).hasSize(1);
        Preflight inside = check(DraftKind.POST, "Falconry is my weekend hobby.", ownPost(5), List.of("falcon"),
                List.of());
        assertThat(keys(inside)).doesNotContain("drafts.check.confidential");
    }

    @Test
    void voice_topics_are_named_when_the_draft_fits_them() {
        Preflight fits = check(DraftKind.POST, "On leadership", reading(Classification.OWN_POST, 2, false, false,
                List.of("Leadership"), List.of("Leadership", "Data")), List.of(), List.of());
        assertThat(finding(fits, "drafts.check.topics-named").arguments()).containsExactly("Leadership");
        Preflight none = check(DraftKind.POST, "On cooking", reading(Classification.OWN_POST, 2, false, false,
                List.of(), List.of("Leadership", "Data")), List.of(), List.of());
        assertThat(finding(none, "drafts.check.topics-none").arguments()).containsExactly("Leadership, Data");
        Preflight noTopics = check(DraftKind.POST, "On cooking", reading(Classification.OWN_POST, 2, false, false,
                List.of(), List.of()), List.of(), List.of());
        assertThat(keys(noTopics)).contains("drafts.check.no-topics");
    }

    @Test
    void a_short_headline_is_advised_to_grow_as_the_audit_counts() {
        Preflight preflight = check(DraftKind.HEADLINE, "Engineer", ownPost(1), List.of(), List.of());
        assertThat(finding(preflight, "drafts.check.headline-short").arguments()).containsExactly("8", "60");
        assertThat(keys(preflight)).doesNotContain("drafts.check.short-post", "drafts.check.disclosure-missing");
    }

    @Test
    void without_a_policy_the_check_still_counts_and_names_no_rule() {
        Preflight preflight = PreflightCheck.check(DraftKind.POST, "https://x.example", reading(
                Classification.OWN_POST, 0, true, false, List.of(), List.of()), null, List.of(), List.of());
        assertThat(preflight.policyTitle()).isEmpty();
        assertThat(preflight.findings()).allMatch(f -> f.rule() == null);
    }

    @Property
    void cautions_come_first_and_the_count_is_the_code_points(@ForAll @StringLength(max = 4_000) String text,
            @ForAll @IntRange(max = 500) int words, @ForAll boolean link, @ForAll boolean company) {
        Preflight preflight = check(DraftKind.POST, text, reading(Classification.OWN_POST, words, link, company,
                List.of(), List.of("Topic")), List.of("secret"), List.of("Widget"));
        assertThat(preflight.characters()).isEqualTo(text.codePointCount(0, text.length()));
        List<Severity> order = preflight.findings().stream().map(Finding::severity).toList();
        assertThat(order).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(preflight.findings()).isNotEmpty();
        assertThat(preflight.overLimit()).isEqualTo(preflight.characters() > 3_000);
    }

    @Property
    void a_listed_word_inside_any_text_is_always_found(@ForAll @StringLength(max = 200) String before,
            @ForAll @StringLength(max = 200) String after) {
        String text = before + " Falcon " + after;
        Preflight preflight = check(DraftKind.POST, text, ownPost(3), List.of("falcon"), List.of());
        assertThat(keys(preflight)).contains("drafts.check.confidential");
    }
}
