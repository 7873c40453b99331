package dev.podium.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class JdbcUrlsTest {

    @Test
    void a_configured_mariadb_url_gets_the_option_flowable_needs() {
        assertThat(JdbcUrls.withRequiredOptions("jdbc:mariadb://db:3306/podium"))
                .isEqualTo("jdbc:mariadb://db:3306/podium?nullDatabaseMeansCurrent=true");
        assertThat(JdbcUrls.withRequiredOptions("jdbc:mariadb://db/podium?sslMode=verify-full"))
                .isEqualTo("jdbc:mariadb://db/podium?sslMode=verify-full&nullDatabaseMeansCurrent=true");
    }

    @Test
    void an_url_that_already_says_it_is_left_alone() {
        String url = "jdbc:mariadb://db/podium?nullDatabaseMeansCurrent=true";
        assertThat(JdbcUrls.withRequiredOptions(url)).isEqualTo(url);
    }

    @Test
    void with_an_external_database_no_embedded_server_starts_and_no_demo_profile_is_switched_on() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:mariadb://db:3306/podium");
        new DatabaseEnvironmentPostProcessor(new org.springframework.boot.logging.DeferredLogs())
                .postProcessEnvironment(environment, null);

        assertThat(environment.getProperty("spring.datasource.url"))
                .isEqualTo("jdbc:mariadb://db:3306/podium?nullDatabaseMeansCurrent=true");
        assertThat(environment.getProperty(DatabaseEnvironmentPostProcessor.EMBEDDED_ACTIVE)).isNull();
        assertThat(environment.getActiveProfiles()).doesNotContain("demo");
    }
}
