package dev.podium.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.util.unit.DataSize;

class ActivityPropertiesTest {

    private static ActivityProperties bind(Map<String, String> values) {
        return new Binder(new MapConfigurationPropertySource(values))
                .bindOrCreate("podium.activity", ActivityProperties.class);
    }

    @Test
    void the_defaults_spring_binds_from_nothing_are_the_defaults_used_without_spring() {
        assertThat(bind(Map.of())).isEqualTo(ActivityProperties.defaults());
    }

    @Test
    void weights_domains_and_limits_can_be_configured() {
        ActivityProperties properties = bind(Map.of(
                "podium.activity.window-weeks", "8",
                "podium.activity.classify.article-weight", "2.0",
                "podium.activity.company-domains", "acme.com,acme.dk",
                "podium.activity.limits.max-upload", "5MB",
                "podium.activity.conversation.min-comments", "3",
                "podium.activity.conversation.started-weight", "0.5",
                "podium.activity.analytics.max-rows-per-sheet", "500"));

        assertThat(properties.windowWeeks()).isEqualTo(8);
        assertThat(properties.classify().articleWeight()).isEqualTo(2.0);
        assertThat(properties.classify().ownPostWords()).isEqualTo(30);
        assertThat(properties.companyDomains()).containsExactly("acme.com", "acme.dk");
        assertThat(properties.limits().maxUpload()).isEqualTo(DataSize.ofMegabytes(5));
        assertThat(properties.limits().toArchiveLimits().maxUploadBytes()).isEqualTo(5L * 1024 * 1024);
        assertThat(properties.conversation()).isEqualTo(new ActivityProperties.Conversation(3, 0.5, 0.5));
        assertThat(properties.analytics().maxRowsPerSheet()).isEqualTo(500);
        assertThat(properties.analytics().maxUnpacked()).isEqualTo(DataSize.ofMegabytes(50));
    }

    @Test
    void the_archive_limit_defaults_match_the_property_defaults() {
        assertThat(ActivityProperties.defaults().limits().toArchiveLimits()).isEqualTo(ArchiveLimits.defaults());
    }
}
