package dev.podium.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Route;
import dev.podium.AsHr;
import dev.podium.PodiumSpringTest;
import oidcprovider.TestOidcProvider;
import dev.podium.browser.TestPeople.Person;
import dev.podium.people.EmployeeService;
import dev.podium.shared.Role;
import dev.podium.shared.Languages;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Single sign-on end to end against a real OpenID Connect provider (Spring Authorization Server on a loopback port,
 * {@link TestOidcProvider}): "Sign in with …" on Podium's login page, the provider's own login page, back in Podium
 * as the right employee; unknown and deactivated people refused with Podium's page; a tampered nonce refused;
 * deactivation ends the session; logout ends the provider's session too.
 */
@PodiumSpringTest
class SingleSignOnJourneyIT {

    private static TestOidcProvider provider;

    @RegisterExtension
    static final Browsers browsers = new Browsers();

    @Autowired
    ApplicationContext context;
    @Autowired
    EmployeeService employees;

    TestPeople people;

    @BeforeEach
    void startProvider() {
        people = new TestPeople(context);
        if (provider == null) {
            String port = context.getEnvironment().getRequiredProperty("local.server.port");
            provider = TestOidcProvider.start("http://localhost:" + port + "/", context.getBean(Clock.class));
        }
    }

    @AfterAll
    static void stopProvider() {
        if (provider != null) {
            provider.close();
            provider = null;
        }
    }

    @Test
    void an_employee_signs_in_at_the_provider_lands_in_podium_and_logout_ends_both_sessions() {
        Person person = people.create("Sofie", Set.of(Role.EMPLOYEE), Languages.ENGLISH);
        provider.addPerson(person.email(), "provider-password-1");
        BrowserSession browser = browsers.open().open("login");
        List<String> authorizeRequests = new ArrayList<>();
        browser.page().onRequest(request -> {
            if (request.url().startsWith(TestOidcProvider.ISSUER + "/oauth2/authorize")) {
                authorizeRequests.add(request.url());
            }
        });

        assertThat(browser.page().locator("#sso-sign-in")).hasText("Sign in with Test Identity");
        signInAtProvider(browser, person.email(), "provider-password-1");

        assertThat(browser.greeting()).hasText("Welcome, " + person.fullName());
        assertEquals("", browser.route());
        // authorisation code flow with PKCE (S256), state and nonce: the provider refuses a request without PKCE
        assertThat(authorizeRequests).isNotEmpty();
        assertThat(authorizeRequests.getFirst()).contains("response_type=code").contains("code_challenge=")
                .contains("code_challenge_method=S256").contains("state=").contains("nonce=");

        // logout: Podium's session ends, and the provider's (RP-initiated logout) before coming back to the login page
        // (the provider answers its logout endpoint with a redirect, so it shows up as a request, not as a page)
        List<String> visited = new ArrayList<>();
        browser.page().onRequest(request -> visited.add(request.url()));
        browser.logout();
        browser.assertOnLoginPage();
        assertThat(visited).anyMatch(url -> url.startsWith(TestOidcProvider.ISSUER + "/connect/logout"));
        browser.open("");
        browser.assertOnLoginPage();
        // the provider asks for the password again: its session is over too
        browser.page().locator("#sso-sign-in").click();
        browser.page().waitForURL(Pattern.compile("^" + BrowserSession.literal(TestOidcProvider.ISSUER) + "/login.*"));
        assertThat(browser.page().locator("input[name=username]")).isVisible();
    }

    @Test
    void deactivation_in_podium_ends_a_single_sign_on_session_within_the_check_interval() {
        Person person = people.create("Dagny", Set.of(Role.EMPLOYEE), Languages.ENGLISH);
        provider.addPerson(person.email(), "provider-password-2");
        BrowserSession browser = browsers.open().open("login");
        signInAtProvider(browser, person.email(), "provider-password-2");
        assertThat(browser.greeting()).hasText("Welcome, " + person.fullName());

        AsHr.run(() -> employees.deactivate(person.id()));
        long start = System.nanoTime();
        String[] routes = {"account", ""};
        for (int click = 0; !browser.route().equals("login"); click++) {
            if (System.nanoTime() - start > Duration.ofSeconds(20).toNanos()) {
                throw new AssertionError("Still signed in after deactivation, on " + browser.page().url());
            }
            try {
                browser.page().locator("#main-nav vaadin-side-nav-item[path='" + routes[click % 2] + "']")
                        .click(new Locator.ClickOptions().setTimeout(2_000));
                browser.page().waitForURL(Pattern.compile("/login"), new Page.WaitForURLOptions().setTimeout(1_500));
            } catch (PlaywrightException notYet) {
                // still signed in, or the page is just being replaced by the login page
            }
        }
        assertThat(browser.page().locator("#login-notice")).hasText("Your session ended — sign in again.");
        System.out.println("Single sign-on session ended " + Duration.ofNanos(System.nanoTime() - start).toMillis()
                + " ms after deactivation");

        // and the provider's word no longer lets them in
        browser.page().locator("#sso-sign-in").click();
        browser.page().waitForURL(Pattern.compile(".*/sign-in-refused\\?reason=deactivated$"));
        browser.waitForVaadin();
        assertThat(browser.page().locator("#sign-in-refused")).hasText("Your Podium account is deactivated");
    }

    @Test
    void someone_the_register_does_not_know_is_refused_with_whom_to_ask() {
        String stranger = TestPeople.uniqueEmail("stranger");
        provider.addPerson(stranger, "provider-password-3");
        BrowserSession browser = browsers.open().open("login");
        signInAtProvider(browser, stranger, "provider-password-3");

        browser.page().waitForURL(Pattern.compile(".*/sign-in-refused\\?reason=unknown$"));
        browser.waitForVaadin();
        assertThat(browser.page().locator("#sign-in-refused")).hasText("Podium does not know you yet");
        assertThat(browser.page().locator("main")).containsText("ask your HR administrator to add you");
        browser.open("");
        browser.assertOnLoginPage();
    }

    @Test
    void an_id_token_with_another_nonce_than_podium_asked_for_is_refused() {
        Person person = people.create("Nina", Set.of(Role.EMPLOYEE), Languages.ENGLISH);
        provider.addPerson(person.email(), "provider-password-4");
        BrowserSession browser = browsers.open().open("login");
        // an attacker's authorisation request: same client, another nonce; the provider signs it into the ID token
        // (Podium's redirect to the provider is rewritten: Playwright does not intercept requests that follow one)
        browser.page().route(Pattern.compile(".*/oauth2/authorization/podium$"), route -> {
            APIResponse redirect = route.fetch(new Route.FetchOptions().setMaxRedirects(0));
            Map<String, String> headers = new HashMap<>(redirect.headers());
            headers.put("location", headers.get("location").replaceFirst("nonce=[^&]+", "nonce=replayed-nonce"));
            route.fulfill(new Route.FulfillOptions().setStatus(redirect.status()).setHeaders(headers));
        });
        signInAtProvider(browser, person.email(), "provider-password-4");

        browser.page().waitForURL(Pattern.compile(".*/sign-in-refused\\?reason=error$"));
        browser.waitForVaadin();
        assertThat(browser.page().locator("#sign-in-refused")).hasText("Sign-in did not work");
        browser.open("");
        browser.assertOnLoginPage();
    }

    /** Clicks "Sign in with …" and signs in on the provider's own login page. */
    private static void signInAtProvider(BrowserSession browser, String email, String password) {
        browser.page().locator("#sso-sign-in").click();
        browser.page().waitForURL(Pattern.compile("^" + BrowserSession.literal(TestOidcProvider.ISSUER) + "/login.*"));
        browser.page().locator("input[name=username]").fill(email);
        browser.page().locator("input[name=password]").fill(password);
        browser.page().locator("button[type=submit]").click();
        browser.page().waitForURL(url -> !url.startsWith(TestOidcProvider.ISSUER));
        browser.page().waitForLoadState();
        browser.waitForVaadin();
    }
}
