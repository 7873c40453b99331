package dev.podium.security;

import dev.podium.shared.Role;
import static org.assertj.core.api.Assertions.assertThat;

import dev.podium.AsHr;
import dev.podium.MutableClock;
import dev.podium.PodiumSpringTest;
import dev.podium.people.EmployeeDraft;
import dev.podium.people.EmployeeService;
import dev.podium.shared.EmployeeId;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The sign-in weaknesses of issue 14 over real HTTP, as an attacker would try them: login CSRF, answers that tell
 * who has an account or who left, strangers locking people out, one client guessing freely, headers and cookies,
 * and forwarded addresses from anyone but the trusted proxy.
 */
@PodiumSpringTest
class LoginHardeningIntegrationTest {

    private static final String PASSWORD = "violet tundra skyline 42";

    @LocalServerPort
    int port;
    @Autowired
    EmployeeService employees;
    @Autowired
    MutableClock clock;
    @Value("${podium.security.client-free-failures}")
    int clientFreeFailures;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private String email;
    private EmployeeId id;

    @BeforeEach
    void freshPerson() {
        email = "harden-" + UUID.randomUUID() + "@example.org";
        id = AsHr.call(() -> {
            EmployeeId created = employees.register(new EmployeeDraft("Hanne", "Hardening", email, null, null, "DK",
                    null, Set.of(Role.EMPLOYEE), Locale.ENGLISH));
            employees.setPassword(created, PASSWORD);
            return created;
        });
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void a_login_post_from_another_site_or_without_an_origin_is_refused_and_signs_nobody_in() throws Exception {
        // the probe's reproduction: curl -X POST /login -d username=…&password=…
        HttpResponse<String> bare = post(form(email, PASSWORD), List.of("X-Forwarded-For", newClient()));
        assertThat(bare.statusCode()).isEqualTo(403);
        assertThat(bare.headers().firstValue("Location")).isEmpty();

        HttpResponse<String> crossSite = post(form(email, PASSWORD), List.of("X-Forwarded-For", newClient(),
                "Origin", "https://attacker.example"));
        assertThat(crossSite.statusCode()).isEqualTo(403);

        HttpResponse<String> crossSiteFetch = post(form(email, PASSWORD), List.of("X-Forwarded-For", newClient(),
                "Sec-Fetch-Site", "cross-site", "Referer", "https://attacker.example/page"));
        assertThat(crossSiteFetch.statusCode()).isEqualTo(403);

        assertThat(login(newClient(), email, PASSWORD)).isEqualTo("/");
    }

    @Test
    void a_deactivated_account_answers_a_wrong_password_exactly_like_an_unknown_one() throws Exception {
        AsHr.run(() -> employees.deactivate(id));
        String client = newClient();
        assertThat(login(client, email, "not the password")).isEqualTo("/login?error");
        assertThat(login(client, email, PASSWORD)).isEqualTo("/login?error");
        assertThat(login(client, "nobody-" + UUID.randomUUID() + "@example.org", "x")).isEqualTo("/login?error");
    }

    @Test
    void a_locked_account_answers_like_a_wrong_password() throws Exception {
        String client = newClient();
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(login(client, email, "wrong " + attempt)).isEqualTo("/login?error");
        }
        assertThat(login(client, email, PASSWORD)).isEqualTo("/login?error");
    }

    @Test
    void a_stranger_who_fails_many_times_does_not_lock_the_owner_out() throws Exception {
        String stranger = newClient();
        for (int attempt = 1; attempt <= 12; attempt++) {
            assertThat(login(stranger, email, "guess " + attempt)).isEqualTo("/login?error");
        }
        assertThat(login(stranger, email, PASSWORD)).as("locked for the stranger").isEqualTo("/login?error");
        assertThat(login(newClient(), email, PASSWORD)).as("the owner, from their own device").isEqualTo("/");
    }

    @Test
    void a_client_guessing_on_many_accounts_is_slowed_down_with_a_growing_delay() throws Exception {
        clock.advance(Duration.ofDays(30)); // a window of its own
        String client = newClient();
        for (int attempt = 0; attempt <= clientFreeFailures; attempt++) {
            assertThat(login(client, "spray-" + attempt + "@example.org", "password1")).isEqualTo("/login?error");
        }
        // now even the right password of a real account is not checked from this client for a moment …
        assertThat(login(client, email, PASSWORD)).isEqualTo("/login?error");
        // … which other clients do not notice
        assertThat(login(newClient(), email, PASSWORD)).isEqualTo("/");
        clock.advance(Duration.ofSeconds(2));
        assertThat(login(client, email, PASSWORD)).isEqualTo("/");
    }

    @Test
    void forwarded_addresses_count_only_from_the_trusted_proxy() throws Exception {
        clock.advance(Duration.ofDays(60));
        // 127.0.0.2 is not the configured proxy: its X-Forwarded-For headers are ignored, so all its "clients" are
        // one client, which is slowed down after its free failures
        HttpClient untrusted = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .localAddress(InetAddress.getByName("127.0.0.2")).build();
        for (int attempt = 0; attempt <= clientFreeFailures; attempt++) {
            assertThat(location(send(untrusted, form("spoof-" + attempt + "@example.org", "password1"),
                    List.of("X-Forwarded-For", newClient(), "Origin", "http://localhost:" + port))))
                    .isEqualTo("/login?error");
        }
        assertThat(location(send(untrusted, form(email, PASSWORD), List.of("X-Forwarded-For", newClient(),
                "Origin", "http://localhost:" + port)))).isEqualTo("/login?error");
    }

    @Test
    void pages_carry_a_content_security_policy_nosniff_a_referrer_policy_and_no_store() throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base() + "/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("default-src 'self'").contains("frame-ancestors").contains("object-src 'none'")
                .contains("form-action 'self'"));
        assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(page.headers().firstValue("Referrer-Policy")).contains("same-origin");
        assertThat(page.headers().firstValue("Cache-Control")).hasValueSatisfying(value -> assertThat(value)
                .contains("no-store"));
    }

    @Test
    void the_session_cookie_is_same_site_lax_http_only_and_secure_behind_tls() throws Exception {
        HttpResponse<String> plain = post(form(email, PASSWORD), List.of("X-Forwarded-For", newClient(),
                "Origin", base()));
        String cookie = sessionCookie(plain);
        assertThat(cookie).containsIgnoringCase("SameSite=Lax").containsIgnoringCase("HttpOnly")
                .doesNotContainIgnoringCase("Secure;").doesNotEndWithIgnoringCase("Secure");

        // behind the TLS-terminating proxy, which says so
        HttpResponse<String> tls = post(form(email, PASSWORD), List.of("X-Forwarded-For", newClient(),
                "X-Forwarded-Proto", "https", "Origin", "https://localhost"));
        assertThat(tls.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location)
                .startsWith("https://"));
        assertThat(sessionCookie(tls)).containsIgnoringCase("SameSite=Lax").containsIgnoringCase("Secure");
    }

    @Test
    void a_signed_in_person_typing_an_unknown_address_gets_podiums_page_not_a_bare_403() throws Exception {
        HttpResponse<String> signedIn = post(form(email, PASSWORD), List.of("X-Forwarded-For", newClient(),
                "Origin", base()));
        String cookie = sessionCookie(signedIn).split(";")[0];

        for (String address : List.of("/no-such-page", "/Voice")) {
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base() + address))
                    .header("Cookie", cookie).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).as(address).isNotEqualTo(403).isIn(200, 404);
            assertThat(page.body()).as(address).isNotBlank();
        }
    }

    private String login(String client, String username, String password) throws Exception {
        return location(post(form(username, password), List.of("X-Forwarded-For", client, "Origin", base())));
    }

    private static String location(HttpResponse<String> response) {
        assertThat(response.statusCode()).as("login answer").isEqualTo(302);
        return response.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
    }

    private HttpResponse<String> post(String form, List<String> headers) throws Exception {
        return send(http, form, headers);
    }

    private HttpResponse<String> send(HttpClient client, String form, List<String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        for (int i = 0; i < headers.size(); i += 2) {
            request.header(headers.get(i), headers.get(i + 1));
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(value -> value.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie in " + response.headers()));
    }

    private static String form(String username, String password) {
        return "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private static String newClient() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        // the benchmarking range: addresses no real client has
        return "198.19." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }
}
