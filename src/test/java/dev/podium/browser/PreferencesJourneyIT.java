package dev.podium.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.microsoft.playwright.Locator;
import dev.podium.PodiumSpringTest;
import dev.podium.browser.TestPeople.Person;
import dev.podium.shared.Role;
import dev.podium.shared.Languages;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A person's own language and colour scheme, chosen in the user menu and kept with their account. Each test has
 * a fresh employee who starts in English and light mode.
 */
@PodiumSpringTest
class PreferencesJourneyIT {

    @RegisterExtension
    static final Browsers browsers = new Browsers();

    private static final String[] ENGLISH_NAV = {"Home", "My learning", "My coaching programme", "My certificates",
        "Courses",
        "My voice", "Import activity", "My profile audit", "My drafts", "My account"};
    private static final String[] DANISH_NAV = {"Forside", "Min læring", "Mit coachingforløb", "Mine beviser", "Kurser",
        "Min stemme", "Importér aktivitet", "Min profilgennemgang", "Mine kladder", "Min konto"};

    @Autowired
    ApplicationContext context;

    Person person;

    @BeforeEach
    void freshEmployee() {
        person = new TestPeople(context).create("Pia", Set.of(Role.EMPLOYEE), Languages.ENGLISH);
    }

    @Test
    void the_language_chosen_in_the_user_menu_translates_the_app_and_follows_the_person() {
        BrowserSession browser = browsers.open().login(person.email(), person.password());
        Locator html = browser.page().locator("html");
        assertThat(browser.navItems()).hasText(ENGLISH_NAV, BrowserSession.VISIBLE_TEXT);
        assertThat(html).hasAttribute("lang", "en");

        browser.chooseLanguage("Dansk");

        assertThat(browser.navItems()).hasText(DANISH_NAV, BrowserSession.VISIBLE_TEXT);
        assertThat(browser.greeting()).hasText("Velkommen, " + person.fullName());
        // assistive technology and the browser must know the page is now Danish
        assertThat(html).hasAttribute("lang", "da");

        // kept with the account: a new browser (which asks for English) shows Danish after the login
        BrowserSession elsewhere = browsers.open().login(person.email(), person.password());
        assertThat(elsewhere.navItems().first()).hasText("Forside", BrowserSession.VISIBLE_TEXT);
        assertThat(elsewhere.page().locator("html")).hasAttribute("lang", "da");

        browser.chooseLanguage("English");

        assertThat(browser.navItems()).hasText(ENGLISH_NAV, BrowserSession.VISIBLE_TEXT);
        assertThat(browser.greeting()).hasText("Welcome, " + person.fullName());
        assertThat(html).hasAttribute("lang", "en");
    }

    @Test
    void dark_mode_changes_the_colour_scheme_and_survives_a_reload_and_a_new_login() {
        BrowserSession browser = browsers.open().login(person.email(), person.password());
        Locator html = browser.page().locator("html");
        // Vaadin 25's Page.setColorScheme sets both the theme attribute and the color-scheme style on <html>
        assertThat(html).hasAttribute("theme", "light");
        assertThat(html).hasCSS("color-scheme", "light");
        String lightText = textColour(browser);

        browser.toggleDarkMode();

        assertThat(html).hasAttribute("theme", "dark");
        assertThat(html).hasCSS("color-scheme", "dark");
        assertNotEquals(lightText, textColour(browser), "the text itself changes colour, not only an attribute");

        browser.expectNewPage(() -> browser.page().reload());
        assertThat(html).hasAttribute("theme", "dark");
        assertThat(html).hasCSS("color-scheme", "dark");
        browser.openUserMenu();
        assertThat(browser.page().locator("#dark-mode-toggle")).hasAttribute("menu-item-checked", "");
        browser.page().keyboard().press("Escape");

        BrowserSession elsewhere = browsers.open().login(person.email(), person.password());
        assertThat(elsewhere.page().locator("html")).hasAttribute("theme", "dark");

        browser.toggleDarkMode();

        assertThat(html).hasAttribute("theme", "light");
        assertThat(html).hasCSS("color-scheme", "light");
        browser.expectNewPage(() -> browser.page().reload());
        assertThat(html).hasAttribute("theme", "light");
        assertThat(html).hasCSS("color-scheme", "light");
    }

    private static String textColour(BrowserSession browser) {
        return String.valueOf(browser.greeting().evaluate("greeting => getComputedStyle(greeting).color"));
    }
}
