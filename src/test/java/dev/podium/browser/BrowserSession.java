package dev.podium.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;

/**
 * One person's browser on Podium, with the few moves the journeys share. Vaadin's fields, combo boxes and
 * menus are web components: their helpers work on the inner {@code input} and on the overlay items.
 */
final class BrowserSession {

    /** True once the page is loaded and every Vaadin Flow client has answered its last server round trip. */
    private static final String VAADIN_SETTLED = """
            () => {
              if (document.readyState !== 'complete') return false;
              const flow = window.Vaadin && window.Vaadin.Flow;
              if (!flow || !flow.clients) return false;
              const clients = Object.entries(flow.clients).filter(([name]) => name !== 'TypeScript');
              return clients.length > 0 && clients.every(([, client]) => !client.isActive());
            }""";

    /** Text as a person sees it: without what a web component keeps in its shadow DOM (icons' labels, toggles). */
    static final LocatorAssertions.HasTextOptions VISIBLE_TEXT = new LocatorAssertions.HasTextOptions()
            .setUseInnerText(true);

    private final String baseUrl;
    private final BrowserContext browser;
    private final Page page;
    private final Path profile;

    BrowserSession(String baseUrl, BrowserContext browser, Page page, Path profile) {
        this.baseUrl = baseUrl;
        this.browser = browser;
        this.page = page;
        this.profile = profile;
    }

    Page page() {
        return page;
    }

    BrowserContext browser() {
        return browser;
    }

    Path profile() {
        return profile;
    }

    /** Opens a route ({@code ""} for home, {@code "employees"} …) as if typed into the address bar. */
    BrowserSession open(String route) {
        page.navigate(baseUrl + route);
        waitForVaadin();
        return this;
    }

    /**
     * The current route without the leading slash or query, e.g. {@code "login"}, {@code ""} or
     * {@code "employees"}; the whole URL for a page outside Podium, such as {@code about:blank}.
     */
    String route() {
        String url = page.url();
        return url.startsWith(baseUrl) ? url.substring(baseUrl.length()).replaceFirst("[?#].*", "") : url;
    }

    /** Waits until Vaadin has loaded and no server round trip is under way. */
    void waitForVaadin() {
        page.waitForFunction(VAADIN_SETTLED);
    }

    /** Runs an action that loads a new document (form post, logout, reload) and waits until Vaadin is ready. */
    void expectNewPage(Runnable action) {
        page.evaluate("() => { window.__podiumOldPage = true; }");
        action.run();
        page.waitForFunction("() => window.__podiumOldPage !== true && document.readyState === 'complete'");
        waitForVaadin();
    }

    // ---- login page

    /** Signs in through the login form; opens the login page first unless the browser is already on it. */
    BrowserSession login(String email, String password) {
        if (!route().equals("login")) {
            open("login");
        }
        page.locator("input[name=username]").fill(email);
        // by name: a label lookup for "Password" would also match the "Show password" button
        page.locator("input[name=password]").fill(password);
        expectNewPage(() -> page.locator("vaadin-login-form vaadin-button[slot=submit]").click());
        return this;
    }

    /** The login form's e-mail field; visible only on the login page. */
    Locator loginForm() {
        return page.locator("vaadin-login-form input[name=username]");
    }

    /** The login form's error box: title and message of why the last login failed. */
    Locator loginError() {
        return page.locator("vaadin-login-form-wrapper [part=error-message]");
    }

    /** Asserts that the browser shows the login page, whatever query it carries. */
    void assertOnLoginPage() {
        assertThat(page).hasURL(Pattern.compile("^" + literal(baseUrl) + "login(\\?.*)?$"));
        assertThat(loginForm()).isVisible();
    }

    // ---- shell

    Locator greeting() {
        return page.locator("#home-greeting");
    }

    /** The side navigation's entries, in order. */
    Locator navItems() {
        return page.locator("#main-nav vaadin-side-nav-item");
    }

    /** The routes the side navigation links to, in order ({@code ""} is home). */
    List<String> navRoutes() {
        List<?> routes = (List<?>) navItems().evaluateAll("items => items.map(item => item.getAttribute('path'))");
        return routes.stream().map(String::valueOf).toList();
    }

    void openUserMenu() {
        page.locator("#user-menu vaadin-menu-bar-button").first().click();
        assertThat(page.locator("#logout")).isVisible();
    }

    /** Logs out through the user menu; the next page is the login page. */
    void logout() {
        openUserMenu();
        expectNewPage(() -> page.locator("#logout").click());
    }

    /** Chooses a language by its native name ("English", "Dansk") in the user menu; the page reloads in it. */
    void chooseLanguage(String nativeName) {
        openUserMenu();
        // the one item of the user menu with a sub-menu; its own text is already translated
        page.locator("vaadin-menu-bar-list-box vaadin-menu-bar-item[aria-haspopup=true]").click();
        Locator choice = page.locator("vaadin-menu-bar-item")
                .filter(new Locator.FilterOptions().setHasText(Pattern.compile("^\\s*" + nativeName + "\\s*$")));
        expectNewPage(choice::click);
    }

    void toggleDarkMode() {
        openUserMenu();
        page.locator("#dark-mode-toggle").click();
        waitForVaadin();
    }

    // ---- forms, grids, notifications

    /** Types into a Vaadin text, e-mail or password field and leaves it, so the value reaches the server. */
    void fill(String fieldSelector, String value) {
        Locator input = page.locator(fieldSelector + " input");
        input.fill(value);
        input.blur();
    }

    /** Filters a Vaadin combo box by some text and picks the one item whose label contains it. */
    void choose(String comboSelector, String itemText) {
        Locator input = page.locator(comboSelector + " input");
        input.click();
        input.pressSequentially(itemText);
        page.locator(comboSelector + " vaadin-combo-box-item")
                .filter(new Locator.FilterOptions().setHasText(itemText)).first().click();
        assertThat(input).hasValue(Pattern.compile(literal(itemText)));
    }

    /** Ticks the box with this label in a Vaadin checkbox group. */
    void check(String groupSelector, String label) {
        page.locator(groupSelector + " vaadin-checkbox")
                .filter(new Locator.FilterOptions().setHasText(label)).locator("input").check();
    }

    /** The notifications on screen that contain this text. */
    Locator notification(String text) {
        return page.locator("vaadin-notification-card").filter(new Locator.FilterOptions().setHasText(text));
    }

    /** The cells of a Vaadin grid's rendered rows (header included); grids keep hidden spare cells too. */
    Locator visibleCells(String gridSelector) {
        return page.locator(gridSelector + " vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setVisible(true));
    }

    /** The grid cells on screen that contain this text. */
    Locator visibleCells(String gridSelector, String text) {
        return visibleCells(gridSelector).filter(new Locator.FilterOptions().setHasText(text));
    }

    /** How many items a Vaadin grid has, as its data provider reports them. */
    int gridSize(String gridSelector) {
        return ((Number) page.locator(gridSelector).evaluate("grid => grid.size")).intValue();
    }

    /** Waits until a (lazily loading, filtered) grid reports this many items. */
    void assertGridSize(String gridSelector, int expected) {
        eventually(Duration.ofSeconds(10), gridSelector + " has " + expected + " item(s)",
                () -> gridSize(gridSelector) == expected);
        waitForVaadin();
    }

    /**
     * A regular expression matching this text literally. Playwright hands patterns to JavaScript, which knows no
     * {@code \Q…\E}, so {@link Pattern#quote} cannot be used.
     */
    static String literal(String text) {
        return text.replaceAll("[\\\\^$.|?*+()\\[\\]{}/-]", "\\\\$0");
    }

    /** Polls until the condition holds, failing after the limit. For effects that arrive with the next request. */
    static void eventually(Duration limit, String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not within " + limit.toSeconds() + " s: " + what);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting: " + what, e);
            }
        }
    }
}
