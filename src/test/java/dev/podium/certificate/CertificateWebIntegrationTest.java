package dev.podium.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podium.AsHr;
import dev.podium.MutableClock;
import dev.podium.PodiumSpringTest;
import dev.podium.learning.CourseCompleted;
import dev.podium.people.EmployeeDraft;
import dev.podium.people.EmployeeService;
import dev.podium.shared.Role;
import dev.podium.shared.CourseId;
import dev.podium.shared.EmployeeId;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;

/** The public endpoints over HTTP, without signing in: the verify page, its rate limit, the issuer profile. */
@PodiumSpringTest
class CertificateWebIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    EmployeeService employees;
    @Autowired
    ApplicationEventPublisher publisher;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CertificateRepository certificates;
    @Autowired
    OpenBadges openBadges;

    final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void the_verify_page_needs_no_sign_in_and_shows_only_name_achievement_dates_and_state() throws Exception {
        Certificate certificate = issued("Vera");

        HttpResponse<String> page = get("/verify/" + certificate.verificationCode());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(page.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(page.body()).contains("data-state=\"valid\"").contains("Vera Verify")
                .contains("Social media guidelines").doesNotContain("@certificate.podium.test");
    }

    @Test
    void unknown_and_malformed_codes_get_the_same_answer() throws Exception {
        HttpResponse<String> unknown = get("/verify/" + VerificationCodes.next());
        HttpResponse<String> malformed = get("/verify/%27%20or%201=1");

        assertThat(unknown.statusCode()).isEqualTo(404).isEqualTo(malformed.statusCode());
        assertThat(unknown.body()).isEqualTo(malformed.body()).contains("data-state=\"unknown\"");
    }

    @Test
    void too_many_checks_from_one_client_are_answered_with_429() throws Exception {
        // a window of its own, far from the other tests' requests
        clock.advance(Duration.ofDays(400));
        int limited = 0;
        for (int i = 0; i < 35; i++) {
            if (get("/verify/" + VerificationCodes.next()).statusCode() == 429) {
                limited++;
            }
        }
        assertThat(limited).isEqualTo(5);
        HttpResponse<String> refused = get("/verify/" + VerificationCodes.next());
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();

        clock.advance(Duration.ofMinutes(1));
        assertThat(get("/verify/" + VerificationCodes.next()).statusCode()).isEqualTo(404);
        // only keyed hashes of addresses are stored
        assertThat(jdbc.queryForList("SELECT client_hash FROM certificate_verify_rate", String.class))
                .allSatisfy(hash -> assertThat(hash).matches("[0-9a-f]{64}").doesNotContain("127.0.0.1"));
    }

    @Test
    void the_issuer_profile_is_public_and_its_key_verifies_a_credential() throws Exception {
        Certificate certificate = issued("Ivo");
        HttpResponse<String> profile = get("/issuer");
        HttpResponse<String> wellKnown = get("/.well-known/podium-issuer.json");

        assertThat(profile.statusCode()).isEqualTo(200);
        assertThat(wellKnown.body()).isEqualTo(profile.body());
        String multibase = OpenBadges.JSON.readTree(profile.body()).get("verificationMethod").get(0)
                .get("publicKeyMultibase").asString();
        assertThat(OpenBadges.verify(openBadges.credential(certificate), IssuerKeys.fromMultibase(multibase)))
                .isTrue();
    }

    @Test
    void a_second_node_reads_the_same_issuer_key() {
        IssuerKeys first = new IssuerKeys(jdbc.getDataSource(), properties(), clock,
                new org.springframework.jdbc.datasource.DataSourceTransactionManager(jdbc.getDataSource()));
        IssuerKeys second = new IssuerKeys(jdbc.getDataSource(), properties(), clock,
                new org.springframework.jdbc.datasource.DataSourceTransactionManager(jdbc.getDataSource()));

        assertThat(first.publicKeyMultibase()).isEqualTo(second.publicKeyMultibase())
                .isEqualTo(IssuerKeys.multibase(openBadgesKey()));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM certificate_issuer_key", Integer.class)).isEqualTo(1);
    }

    @Autowired
    CertificateProperties certificateProperties;
    @Autowired
    IssuerKeys issuerKeys;

    private CertificateProperties properties() {
        return certificateProperties;
    }

    private java.security.PublicKey openBadgesKey() {
        return issuerKeys.keys().getPublic();
    }

    private Certificate issued(String firstName) {
        String email = firstName.toLowerCase(Locale.ROOT) + "." + ThreadLocalRandom.current().nextInt(1_000_000_000)
                + "@certificate.podium.test";
        EmployeeId id = AsHr.call(() -> employees.register(new EmployeeDraft(firstName, "Verify", email, null,
                null, "DK", null, EnumSet.of(Role.EMPLOYEE), Locale.ENGLISH)));
        publisher.publishEvent(new CourseCompleted(id, CourseId.of("social-media-guidelines"), "2026.1", "hash", true,
                90, clock.instant()));
        return certificates.ofEmployee(id.value()).getFirst();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept-Language", "en").GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
