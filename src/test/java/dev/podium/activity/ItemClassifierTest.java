package dev.podium.activity;

import static dev.podium.activity.ActivityItems.item;
import static dev.podium.activity.ActivityItems.words;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ItemClassifierTest {

    private static final Instant AT = Instant.parse("2026-03-10T12:00:00Z");
    private final ActivityProperties properties = ActivityProperties.defaults();
    private final ItemClassifier classifier = new ItemClassifier(properties, Set.of("acme.com"));

    private ClassifiedItem classify(ActivityKind kind, String text) {
        return classifier.classify(item(kind, text, AT));
    }

    private double weight(ClassifiedItem item) {
        return ItemClassifier.weight(item, properties.classify());
    }

    @Test
    void a_post_of_thirty_words_is_an_own_post_of_full_weight() {
        ClassifiedItem post = classify(ActivityKind.POST, words(30));

        assertThat(post.classification()).isEqualTo(Classification.OWN_POST);
        assertThat(post.wordCount()).isEqualTo(30);
        assertThat(weight(post)).isEqualTo(1.0);
    }

    @Test
    void a_shorter_own_post_stays_an_own_post_but_weighs_like_a_thin_contribution() {
        ClassifiedItem post = classify(ActivityKind.POST, words(29));

        assertThat(post.classification()).isEqualTo(Classification.OWN_POST);
        assertThat(weight(post)).isEqualTo(0.2);
    }

    @Test
    void an_article_weighs_one_and_a_half() {
        ClassifiedItem article = classify(ActivityKind.ARTICLE, words(5));

        assertThat(article.classification()).isEqualTo(Classification.ARTICLE);
        assertThat(weight(article)).isEqualTo(1.5);
    }

    @Test
    void reshares_are_commented_from_fifteen_words_thin_below_and_bare_without_words() {
        assertThat(classify(ActivityKind.RESHARE, words(15)).classification())
                .isEqualTo(Classification.COMMENTED_RESHARE);
        assertThat(classify(ActivityKind.RESHARE, words(14)).classification()).isEqualTo(Classification.THIN_RESHARE);
        assertThat(classify(ActivityKind.RESHARE, words(1)).classification()).isEqualTo(Classification.THIN_RESHARE);
        assertThat(classify(ActivityKind.RESHARE, null).classification()).isEqualTo(Classification.BARE_RESHARE);
        assertThat(classify(ActivityKind.RESHARE, "🔥🔥").classification()).isEqualTo(Classification.BARE_RESHARE);
        assertThat(weight(classify(ActivityKind.RESHARE, words(15)))).isEqualTo(0.7);
        assertThat(weight(classify(ActivityKind.RESHARE, words(3)))).isEqualTo(0.2);
        assertThat(weight(classify(ActivityKind.RESHARE, null))).isZero();
    }

    @Test
    void a_comment_of_twelve_words_is_substantive_eleven_is_not() {
        assertThat(classify(ActivityKind.COMMENT, words(12)).classification())
                .isEqualTo(Classification.SUBSTANTIVE_COMMENT);
        assertThat(classify(ActivityKind.COMMENT, words(11)).classification()).isEqualTo(Classification.COMMENT);
    }

    @Test
    void emoji_and_links_are_not_words() {
        String emoji = "👏 🙌 🚀 💯 👏 🙌 🚀 💯 👏 🙌 🚀 💯 👏 🙌";
        assertThat(classify(ActivityKind.COMMENT, emoji).classification()).isEqualTo(Classification.COMMENT);
        assertThat(classify(ActivityKind.COMMENT, emoji).wordCount()).isZero();
        assertThat(classify(ActivityKind.POST, "Read https://example.com/a www.example.org").wordCount()).isEqualTo(1);
    }

    @Test
    void mathematical_bold_letters_count_as_words_after_nfkc() {
        ClassifiedItem post = classify(ActivityKind.COMMENT, "𝗟𝗲𝗮𝗱𝗲𝗿𝘀𝗵𝗶𝗽 " + words(11));

        assertThat(post.wordCount()).isEqualTo(12);
        assertThat(Words.forMatching("𝗟𝗲𝗮𝗱𝗲𝗿𝘀𝗵𝗶𝗽")).isEqualTo("leadership");
    }

    @Test
    void a_link_to_the_employer_domain_or_a_subdomain_is_company_content() {
        ActivityItem shared = new ActivityItem(ActivitySource.LINKEDIN, ActivityKind.RESHARE, "k", AT, null, null,
                "https://blog.acme.com/why", null, null);

        assertThat(classifier.classify(shared).companyContent()).isTrue();
        assertThat(classify(ActivityKind.POST, "See https://www.acme.com/jobs for more").companyContent()).isTrue();
        assertThat(classify(ActivityKind.POST, "See https://notacme.com/jobs").companyContent()).isFalse();
        assertThat(classify(ActivityKind.POST, "See https://acme.com.evil.example/").companyContent()).isFalse();
    }

    private ClassifiedItem companyPost(String commentary) {
        return classifier.classify(new ActivityItem(ActivitySource.LINKEDIN, ActivityKind.POST, "k", AT, commentary,
                null, "https://www.acme.com/news/launch", null, null));
    }

    @Test
    void a_long_post_sharing_an_employer_link_is_a_commented_reshare_of_company_content_not_an_own_post() {
        ClassifiedItem shared = companyPost(words(120));

        assertThat(shared.classification()).isEqualTo(Classification.COMMENTED_RESHARE);
        assertThat(shared.companyContent()).isTrue();
        assertThat(weight(shared)).isEqualTo(0.7);
    }

    @Test
    void an_employer_link_with_exactly_the_commented_reshare_words_is_a_commented_reshare() {
        assertThat(companyPost(words(15)).classification()).isEqualTo(Classification.COMMENTED_RESHARE);
    }

    @Test
    void an_employer_link_with_a_few_words_is_a_thin_reshare() {
        ClassifiedItem shared = companyPost(words(14));

        assertThat(shared.classification()).isEqualTo(Classification.THIN_RESHARE);
        assertThat(weight(shared)).isEqualTo(0.2);
    }

    @Test
    void an_employer_link_without_words_is_a_bare_reshare() {
        ClassifiedItem shared = companyPost(null);

        assertThat(shared.classification()).isEqualTo(Classification.BARE_RESHARE);
        assertThat(weight(shared)).isZero();
    }

    @Test
    void an_employer_link_inside_the_text_of_a_long_post_makes_it_company_content_too() {
        assertThat(classify(ActivityKind.POST, words(40) + " https://careers.acme.com/open-roles").classification())
                .isEqualTo(Classification.COMMENTED_RESHARE);
    }

    @Test
    void a_long_post_linking_elsewhere_stays_an_own_post() {
        assertThat(classify(ActivityKind.POST, words(40) + " https://example.org/report").classification())
                .isEqualTo(Classification.OWN_POST);
    }

    @Test
    void without_employer_domains_configured_nothing_is_company_content() {
        ItemClassifier none = new ItemClassifier(properties, Set.of());

        assertThat(none.classify(item(ActivityKind.POST, words(40) + " https://www.acme.com/x", AT))
                .classification()).isEqualTo(Classification.OWN_POST);
    }

    @Test
    void configured_domains_may_be_written_as_urls() {
        ItemClassifier fromUrl = new ItemClassifier(properties, Set.of("https://www.Acme.com/"));

        assertThat(fromUrl.classify(item(ActivityKind.POST, "https://careers.acme.com/x", AT)).companyContent())
                .isTrue();
    }

    @Test
    void reactions_are_reactions() {
        assertThat(classify(ActivityKind.REACTION, null).classification()).isEqualTo(Classification.REACTION);
    }
}
