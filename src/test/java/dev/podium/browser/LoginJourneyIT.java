package dev.podium.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.podium.PodiumSpringTest;
import dev.podium.browser.TestPeople.Person;
import dev.podium.shared.Role;
import dev.podium.shared.Languages;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Signing in and out: each demo role sees its own navigation, and failed logins say why. */
@PodiumSpringTest
class LoginJourneyIT {

    private static final String DEMO_PASSWORD = "podium-demo";

    @RegisterExtension
    static final Browsers browsers = new Browsers();

    @Autowired
    ApplicationContext context;

    TestPeople people;

    @BeforeEach
    void people() {
        people = new TestPeople(context);
    }

    /** E-mail, greeting, side-nav texts and routes; only the employee keeps English, the others chose Danish. */
    static Stream<Arguments> demoAccounts() {
        return Stream.of(
                arguments("employee@podium.local", "Welcome, Emma Jensen",
                        List.of("Home", "My learning", "My coaching programme", "My certificates", "Courses", "My voice",
                                "Import activity", "My profile audit", "My drafts", "My account"),
                        List.of("", "learning", "coaching", "certificates", "courses", "voice", "activity/import", "audit",
                                "drafts", "account")),
                arguments("coach@podium.local", "Velkommen, Camilla Dahl",
                        List.of("Forside", "Min læring", "Mit coachingforløb", "Mine beviser", "Kurser", "Min stemme",
                                "Importér aktivitet", "Min profilgennemgang", "Mine kladder", "Profilgennemgange", "Forløbsoversigt",
                                "Fornyelser til godkendelse", "Min konto"),
                        List.of("", "learning", "coaching", "certificates", "courses", "voice", "activity/import", "audit",
                                "drafts", "coach/audits", "coach/programmes", "coach/renewals", "account")),
                arguments("manager@podium.local", "Velkommen, Mads Nielsen",
                        List.of("Forside", "Min læring", "Mit coachingforløb", "Mine beviser", "Kurser", "Min stemme",
                                "Importér aktivitet", "Min profilgennemgang", "Mine kladder", "Mit team", "Min konto"),
                        List.of("", "learning", "coaching", "certificates", "courses", "voice", "activity/import", "audit", "drafts",
                                "team", "account")),
                arguments("hr@podium.local", "Velkommen, Helle Hansen",
                        List.of("Forside", "Min læring", "Mit coachingforløb", "Mine beviser", "Kurser", "Min stemme",
                                "Importér aktivitet", "Min profilgennemgang", "Mine kladder", "Mit team", "Profilgennemgange",
                                "Programoversigt", "Medarbejdere", "HR-import", "Udrulningsbølger", "Coachingforløb",
                                "Kursusbibliotek", "Dækning af retningslinjer", "Beviser", "Ordlister til kladdetjek", "Revisionsspor", "Min konto"),
                        List.of("", "learning", "coaching", "certificates", "courses", "voice", "activity/import", "audit",
                                "drafts", "team", "coach/audits", "dashboard", "employees", "people/import", "waves", "programmes",
                                "course-library", "policy-coverage", "certificates/manage", "draft-word-lists", "access-log", "account")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("demoAccounts")
    void each_role_signs_in_sees_its_own_navigation_and_signs_out(String email, String greeting,
            List<String> navTexts, List<String> navRoutes) {
        BrowserSession browser = browsers.open().login(email, DEMO_PASSWORD);

        assertEquals("", browser.route(), "a login without a saved request lands on home");
        assertThat(browser.greeting()).hasText(greeting);
        assertThat(browser.navItems()).hasText(navTexts.toArray(String[]::new), BrowserSession.VISIBLE_TEXT);
        assertEquals(navRoutes, browser.navRoutes());

        browser.logout();
        browser.assertOnLoginPage();
        // the session is really over: home asks for a login again
        browser.open("");
        browser.assertOnLoginPage();
    }

    @Test
    void a_wrong_password_says_so_and_an_unknown_address_gets_the_same_answer() {
        Person person = people.create("Wanda", Set.of(Role.EMPLOYEE), Languages.ENGLISH);
        BrowserSession browser = browsers.open();

        browser.login(person.email(), "not-" + person.password());
        assertThat(browser.page()).hasURL(Pattern.compile("/login\\?error$"));
        assertThat(browser.loginError()).isVisible();
        assertThat(browser.loginError()).containsText("Could not sign you in");

        // no hint whether an account exists
        browser.login(TestPeople.uniqueEmail("nobody"), person.password());
        assertThat(browser.loginError()).containsText("Could not sign you in");

        browser.login(person.email(), person.password());
        assertThat(browser.greeting()).hasText("Welcome, " + person.fullName());
    }

    @Test
    void five_failures_lock_the_account_until_hr_unlocks_it() {
        Person person = people.create("Lars", Set.of(Role.EMPLOYEE), Languages.ENGLISH);
        BrowserSession browser = browsers.open();

        for (int attempt = 1; attempt <= 5; attempt++) {
            browser.login(person.email(), "wrong-password-" + attempt);
            assertThat(browser.loginError()).containsText("Could not sign you in");
        }
        // locked for this browser: the same answer as a wrong password, which says what to do
        browser.login(person.email(), person.password());
        assertThat(browser.page()).hasURL(Pattern.compile("/login\\?error$"));
        assertThat(browser.loginError()).containsText("ask your HR administrator to unlock your account");

        // HR (the demo HR administrator works in Danish) unlocks the account from the employee dialog
        BrowserSession hr = browsers.open().login("hr@podium.local", DEMO_PASSWORD).open("employees");
        hr.fill("#employee-search", person.email());
        hr.assertGridSize("#employee-grid", 1);
        assertThat(hr.visibleCells("#employee-grid", "Låst")).hasCount(1);
        hr.visibleCells("#employee-grid", person.email()).click();
        hr.page().locator("#employee-unlock").click();
        assertThat(hr.notification(person.fullName() + " kan logge ind igen.")).isVisible();

        browser.login(person.email(), person.password());
        assertEquals("", browser.route());
        assertThat(browser.greeting()).hasText("Welcome, " + person.fullName());
    }
}
