package dev.podium.security;

import dev.podium.shared.Role;
import static org.assertj.core.api.Assertions.assertThat;

import dev.podium.AsHr;
import dev.podium.MutableClock;
import dev.podium.PodiumSpringTest;
import dev.podium.people.EmployeeDraft;
import dev.podium.people.EmployeeService;
import dev.podium.shared.EmployeeId;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Form login over real HTTP: wrong passwords are counted in the database and lock the account for a while, for the
 * client that made them (each test is its own client, through a forwarded address from the trusted loopback proxy).
 */
@PodiumSpringTest
class LoginLockoutIntegrationTest {

    private static final String PASSWORD = "correct horse battery";

    @LocalServerPort
    int port;
    @Autowired
    EmployeeService employees;
    @Autowired
    AccountService accounts;
    @Autowired
    MutableClock clock;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String client = "198.18." + ThreadLocalRandom.current().nextInt(256) + "."
            + ThreadLocalRandom.current().nextInt(1, 255);
    private String email;
    private EmployeeId id;

    @BeforeEach
    void freshPerson() {
        email = "lock-" + UUID.randomUUID() + "@example.org";
        id = AsHr.call(() -> {
            EmployeeId created = employees.register(new EmployeeDraft("Lock", "Tester", email, null, null, "DK",
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
    void the_right_password_signs_in() throws Exception {
        assertThat(login(email, PASSWORD)).isEqualTo("/");
    }

    @Test
    void a_wrong_password_is_refused_with_the_generic_reason() throws Exception {
        assertThat(login(email, "not the password")).isEqualTo("/login?error");
        assertThat(login("nobody-" + UUID.randomUUID() + "@example.org", PASSWORD)).isEqualTo("/login?error");
    }

    @Test
    void five_failures_lock_the_account_even_against_the_right_password_until_the_lock_expires() throws Exception {
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(login(email, "wrong " + attempt)).isEqualTo("/login?error");
        }
        assertThat(login(email, "wrong 5")).isEqualTo("/login?error");
        assertThat(login(email, PASSWORD)).isEqualTo("/login?error");
        assertThat(AsHr.call(() -> accounts.status(id)).orElseThrow().locked()).isTrue();

        clock.advance(Duration.ofMinutes(14));
        assertThat(login(email, PASSWORD)).isEqualTo("/login?error");
        clock.advance(Duration.ofMinutes(2));
        assertThat(login(email, PASSWORD)).isEqualTo("/");
    }

    @Test
    void a_success_resets_the_count_of_failures() throws Exception {
        for (int attempt = 1; attempt <= 4; attempt++) {
            login(email, "wrong " + attempt);
        }
        assertThat(login(email, PASSWORD)).isEqualTo("/");
        assertThat(login(email, "wrong again")).isEqualTo("/login?error");
        assertThat(login(email, PASSWORD)).isEqualTo("/");
    }

    @Test
    void hr_can_unlock_a_locked_account_at_once() throws Exception {
        for (int attempt = 1; attempt <= 5; attempt++) {
            login(email, "wrong " + attempt);
        }
        assertThat(login(email, PASSWORD)).isEqualTo("/login?error");
        AsHr.run(() -> employees.unlockAccount(id));
        assertThat(login(email, PASSWORD)).isEqualTo("/");
    }

    @Test
    void a_deactivated_person_cannot_sign_in_and_gets_the_same_answer_as_a_wrong_password() throws Exception {
        AsHr.run(() -> employees.deactivate(id));
        assertThat(login(email, PASSWORD)).isEqualTo("/login?error");
    }

    @Test
    void passwords_are_stored_as_bcrypt_hashes() {
        UserAccount account = AsHr.call(() -> accountsRepository.findByEmployeeId(id.value())).orElseThrow();
        assertThat(account.passwordHash()).startsWith("{bcrypt}$2").doesNotContain(PASSWORD);
    }

    @Autowired
    UserAccountRepository accountsRepository;

    /** Posts the login form as the browser does and returns where the server sends the person next. */
    private String login(String username, String password) throws Exception {
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", "http://localhost:" + port).header("X-Forwarded-For", client)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).as("login answer for %s", username).isEqualTo(302);
        String location = response.headers().firstValue("Location").orElseThrow();
        return location.replaceFirst("^https?://[^/]+", "");
    }
}
