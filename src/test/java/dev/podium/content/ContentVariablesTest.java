package dev.podium.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The variables course and policy texts may use: every name has a value, written as each language writes numbers. */
class ContentVariablesTest {

    private static final Locale DANISH = Locale.forLanguageTag("da");

    @Test
    void every_declared_name_has_a_value_from_the_company_settings_or_the_owning_module() {
        Map<String, String> values = TestContent.variables().values(Locale.ENGLISH);
        assertThat(values.keySet()).containsExactlyInAnyOrderElementsOf(ContentVariables.NAMES);
        assertThat(values).containsEntry("company", "Podium Demo A/S").containsEntry("own-post-words", "30")
                .containsEntry("commented-reshare-weight", "0.7").containsEntry("bare-reshare-weight", "0")
                .containsEntry("rubric-headline-points", "9").containsEntry("rubric-total-points", "100")
                .containsEntry("audit-about-long-chars", "1,200");
    }

    @Test
    void figures_are_written_the_danish_way_in_danish_texts() {
        ContentVariables variables = TestContent.variables();
        assertThat(variables.fill("{{article-weight}} · {{audit-about-long-chars}} tegn", DANISH))
                .isEqualTo("1,5 · 1.200 tegn");
        assertThat(variables.fill("{{article-weight}} · {{audit-about-long-chars}} characters", Locale.ENGLISH))
                .isEqualTo("1.5 · 1,200 characters");
    }

    @Test
    void markdown_values_cannot_add_markup_but_stay_literal_in_code() {
        ContentVariables variables = ContentVariables.of(new ContentProperties("*Bold* [Co](javascript:x)",
                "#Bold_Employee", "comms@example.org", "security@example.org"), TestContent.sources());
        assertThat(variables.fillMarkdown("At {{company}}, use `{{hashtag}}` or {{hashtag}}.", Locale.ENGLISH))
                .isEqualTo("At \\*Bold\\* \\[Co\\](javascript:x), use `#Bold_Employee` or #Bold\\_Employee.");
        assertThat(SafeMarkdown.render(variables.fillMarkdown("At {{company}}.", Locale.ENGLISH),
                java.nio.file.Path.of("/x").toAbsolutePath(), java.nio.file.Path.of("/x/l.md").toAbsolutePath(),
                image -> null)).doesNotContain("<a ").doesNotContain("<em>").contains("*Bold*");
    }

    @Test
    void a_source_may_not_invent_a_name_texts_cannot_know() {
        ContentVariableSource rogue = () -> Map.of("own-post-wordz", 30);
        assertThatThrownBy(() -> ContentVariables.of(ContentProperties.defaults(), List.of(rogue))
                .values(Locale.ENGLISH)).isInstanceOf(IllegalStateException.class).hasMessageContaining("own-post-wordz");
    }

    @Test
    void a_name_without_a_value_stops_the_start() {
        assertThatThrownBy(() -> ContentVariables.of(ContentProperties.defaults(), List.of()).values(Locale.ENGLISH))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("own-post-words");
    }
}
