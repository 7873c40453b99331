package dev.podium.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.podium.AsHr;
import dev.podium.PodiumSpringTest;
import dev.podium.SignIn;
import dev.podium.activity.LinkedInProfileArchives;
import dev.podium.audit.AuditFilter;
import dev.podium.audit.AuditService;
import dev.podium.audit.ManualAnswers;
import dev.podium.browser.TestPeople.Person;
import dev.podium.policy.PolicyService;
import dev.podium.rollout.WaveService;
import dev.podium.shared.Languages;
import dev.podium.shared.Role;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * axe-core (test resource, MPL-2.0, see {@code src/test/resources/axe/}) on every page of every role, and
 * Podium's own structure rules: one {@code h1}, inside a landmark; no skipped heading level; no grid column
 * without a header; a skip link. The routes come from docs/access-matrix.md (the table {@code AccessMatrixTest}
 * keeps true), so a new page is checked as soon as it is listed; a route with a parameter takes a real instance
 * found in a link on the role's other pages, or one of {@link #samples}.
 */
@PodiumSpringTest
class AccessibilityJourneyIT {

    private static final String DEMO_PASSWORD = "podium-demo";
    private static final String AXE = readAxe();
    /**
     * Rules axe rates below "serious" that Podium holds itself to all the same. Not "empty-table-header": a grid's
     * selection column holds only its "select all" check box; the own rule below checks the other columns.
     */
    private static final Set<String> ALSO_FAILING = Set.of("heading-order", "landmark-one-main",
            "page-has-heading-one", "label-content-name-mismatch", "landmark-unique", "region");
    private static final List<String> AUDIENCES = dev.podium.security.AccessMatrixTest.AUDIENCES;

    @RegisterExtension
    static final Browsers browsers = new Browsers();

    @Autowired
    ApplicationContext context;
    @Autowired
    UserDetailsService users;
    @Autowired
    AuditService audits;
    @Autowired
    WaveService waves;
    @Autowired
    PolicyService policies;
    @Autowired
    dev.podium.drafts.DraftService drafts;

    private Person coach;
    private final Map<String, Supplier<String>> samples = new LinkedHashMap<>();

    @BeforeEach
    void people() {
        // a coach of the test's own, so that the audit it reviews changes nobody else's inbox
        coach = new TestPeople(context).create("Aksel", Set.of(Role.EMPLOYEE, Role.COACH), Languages.ENGLISH);
        samples.put("courses/:courseId", () -> "courses/social-leadership");
        samples.put("courses/:courseId/:lessonId", () -> "courses/social-leadership/your-own-voice");
        samples.put("set-password/:token", () -> "set-password/no-such-token");
        samples.put("waves/:waveId", () -> "waves/" + SignIn.call(users, "hr@podium.local",
                () -> waves.create("Accessibility wave", "Every page reads well with a screen reader")));
        samples.put("policies/:policyId", () -> "policies/" + policies.policyIds().getFirst());
        samples.put("coach/audits/:auditId", () -> "coach/audits/" + openAuditFor(coach));
        samples.put("drafts/:draftId", () -> "drafts/" + SignIn.call(users, "employee@podium.local",
                () -> drafts.create(dev.podium.drafts.DraftKind.POST, "Accessibility")));
        // a draft nobody shared with this coach: the page a coach sees for it ("not available"), checked like any other;
        // the shared draft's own page is checked in DraftJourneyIT's journey only for what the coach sees
        samples.put("coach/drafts/:draftId", () -> "coach/drafts/" + Long.MAX_VALUE);
    }

    @Test
    void every_page_of_every_role_passes_axe_and_podiums_structure_rules() {
        Map<String, Map<String, Boolean>> matrix = matrix();
        List<String> problems = new ArrayList<>();
        Map<String, String> resolved = new LinkedHashMap<>();
        int pages = 0;
        for (String audience : AUDIENCES) {
            List<String> routes = matrix.entrySet().stream().filter(e -> e.getValue().get(audience))
                    .map(Map.Entry::getKey).toList();
            BrowserSession browser = browsers.open();
            signIn(browser, audience);
            Set<String> links = new LinkedHashSet<>();
            // pages without parameters first: their links give the instances for the others
            List<String> ordered = new ArrayList<>(routes.stream().filter(r -> !r.contains(":")).toList());
            routes.stream().filter(r -> r.contains(":")).sorted((a, b) -> a.split("/").length - b.split("/").length)
                    .forEach(ordered::add);
            for (String route : ordered) {
                if (audience.equals("Anonymous") || !isPublic(matrix, route)) {
                    String address = route.contains(":") ? instance(route, links, resolved) : route;
                    if (address == null) {
                        problems.add(audience + " /" + route + ": no link on the other pages leads to it; add a"
                                + " sample instance to AccessibilityJourneyIT.samples");
                        continue;
                    }
                    browser.open(address);
                    pages++;
                    List<String> found = check(browser, audience, address);
                    // printed as found: one run shows every page's findings, not only the first failure
                    found.forEach(System.out::println);
                    problems.addAll(found);
                    links.addAll(links(browser));
                }
            }
            // one Chromium at a time on a busy machine; the extension's own close afterwards does no harm
            browser.browser().close();
        }
        System.out.println("Accessibility: " + pages + " pages checked, " + problems.size() + " problem(s)");
        assertEquals(List.of(), problems, "accessibility problems");
    }

    @Test
    void the_first_tab_reaches_the_skip_link_and_a_page_chosen_in_the_menu_takes_the_focus() {
        BrowserSession browser = browsers.open().login("employee@podium.local", DEMO_PASSWORD);
        browser.open("");
        assertThat(browser.greeting()).isVisible();

        browser.page().keyboard().press("Tab");
        assertEquals("podium-skip-link", browser.page().evaluate("() => document.activeElement.className"));
        browser.page().keyboard().press("Enter");
        assertEquals("main", browser.page().evaluate("() => document.activeElement.localName"),
                "the skip link moves the focus to the page's content");

        // a click leaves the focus on the menu's link, as the keyboard's Enter does
        browser.page().locator("#main-nav vaadin-side-nav-item[path=learning]").click();
        browser.page().waitForURL(java.util.regex.Pattern.compile(".*/learning$"));
        browser.waitForVaadin();
        browser.page().waitForFunction("() => document.activeElement && document.activeElement.localName === 'main'");
        assertEquals(true, browser.page().evaluate(
                "() => document.activeElement.contains(document.querySelector('#my-learning, #my-learning-empty'))"),
                "the focus is on the chosen page, not left in the menu");
    }

    private static boolean isPublic(Map<String, Map<String, Boolean>> matrix, String route) {
        return matrix.get(route).get("Anonymous");
    }

    private void signIn(BrowserSession browser, String audience) {
        switch (audience) {
            case "Anonymous" -> { }
            case "Employee" -> browser.login("employee@podium.local", DEMO_PASSWORD);
            case "Coach" -> browser.login(coach.email(), coach.password());
            case "Line manager" -> browser.login("manager@podium.local", DEMO_PASSWORD);
            case "HR admin" -> browser.login("hr@podium.local", DEMO_PASSWORD);
            default -> throw new IllegalStateException("No person for " + audience + " in this test");
        }
    }

    /** A real address for a route with parameters: a link seen on an earlier page, or a made sample; or null. */
    private @org.jspecify.annotations.Nullable String instance(String route, Set<String> links, Map<String, String> resolved) {
        Pattern pattern = Pattern.compile("^" + route.replaceAll(":[A-Za-z]+", "[^/?#]+") + "$");
        Optional<String> seen = links.stream().filter(link -> pattern.matcher(link).matches()).findFirst();
        if (seen.isPresent()) {
            return seen.get();
        }
        return resolved.computeIfAbsent(route, r -> {
            Supplier<String> sample = samples.get(r);
            return sample == null ? null : sample.get();
        });
    }

    private long openAuditFor(Person reviewer) {
        Person employee = new TestPeople(context).create("Asta", Set.of(Role.EMPLOYEE), Languages.ENGLISH);
        byte[] zip = LinkedInProfileArchives.complete().zip();
        SignIn.run(users, employee.email(), () -> {
            try (InputStream archive = new ByteArrayInputStream(zip)) {
                audits.submit("Basic_LinkedInDataExport.zip", archive, new ManualAnswers(
                        "https://www.linkedin.com/in/asta-writes", "A talk on accessible forms", true));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        long auditId = AsHr.call(() -> audits.allAudits(AuditFilter.open(), 0, 10_000).stream()
                .filter(summary -> summary.employee().equals(employee.id())).findFirst().orElseThrow().auditId());
        AsHr.run(() -> audits.reassign(auditId, reviewer.id()));
        return auditId;
    }

    /** axe's serious and critical findings and {@link #ALSO_FAILING}, then Podium's own structure rules. */
    private static List<String> check(BrowserSession browser, String audience, String route) {
        String where = audience + " /" + route + ": ";
        // Vaadin's first response may still be on its way when the page has loaded: wait for the view itself
        browser.page().waitForFunction("() => document.title && document.querySelector('main')");
        browser.waitForVaadin();
        if (browser.page().evaluate("() => typeof window.axe").equals("undefined")) {
            browser.page().addScriptTag(new com.microsoft.playwright.Page.AddScriptTagOptions().setContent(AXE));
        }
        List<?> violations = (List<?>) browser.page().evaluate("""
                async (alsoFailing) => {
                  // Vaadin's own status and overlay hosts live outside the page's landmarks by design
                  const context = { exclude: [['vaadin-connection-indicator'], ['vaadin-dev-tools'],
                      ['vaadin-notification-container']] };
                  const result = await axe.run(context, { resultTypes: ['violations'] });
                  return result.violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical' || alsoFailing.includes(v.id))
                    .map(v => v.id + ' (' + v.impact + '): ' + v.help + ' – '
                      + v.nodes.slice(0, 3).map(n => n.target.join(' > ')).join(' | '));
                }""", List.copyOf(ALSO_FAILING));
        List<String> problems = new ArrayList<>();
        violations.forEach(v -> problems.add(where + v));
        List<?> own = (List<?>) browser.page().evaluate("""
                () => {
                  const problems = [];
                  const visible = e => !!(e.offsetWidth || e.offsetHeight || e.getClientRects().length);
                  const headings = [...document.querySelectorAll('h1,h2,h3,h4,h5,h6')].filter(visible);
                  const h1 = headings.filter(h => h.tagName === 'H1');
                  if (h1.length !== 1) problems.push(h1.length + ' visible h1 elements, not one');
                  h1.forEach(h => { if (!h.closest('header,main,nav,aside,footer,[role]')) problems.push('the h1 is outside any landmark'); });
                  let level = 0;
                  for (const h of headings) {
                    const next = Number(h.tagName[1]);
                    if (next > level + 1) problems.push('heading "' + h.textContent.trim() + '" (h' + next + ') after h' + level);
                    level = next;
                  }
                  for (const grid of document.querySelectorAll('vaadin-grid')) {
                    if (!visible(grid)) continue;
                    for (const col of grid.querySelectorAll('vaadin-grid-column, vaadin-grid-sort-column')) {
                      if (col.hidden) continue;
                      const cell = col._headerCell;
                      const text = cell && cell._content ? (cell._content.textContent.trim()
                          || cell._content.getAttribute('aria-label') || '') : '';
                      const label = text || (cell && cell._content && cell._content.querySelector('[aria-label]')?.getAttribute('aria-label'));
                      if (!label && !col.header) problems.push('grid #' + grid.id + ' has a column without a header');
                    }
                  }
                  if (!document.querySelector('a.podium-skip-link, [data-skip-link]') && document.querySelector('vaadin-app-layout'))
                    problems.push('no skip link to the main content');
                  return problems;
                }""");
        own.forEach(p -> problems.add(where + p));
        return problems;
    }

    /** Every address inside Podium that a link or a side navigation item on the page leads to, without the base. */
    @SuppressWarnings("unchecked")
    private static List<String> links(BrowserSession browser) {
        return (List<String>) browser.page().evaluate("""
                () => {
                  const base = document.baseURI;
                  const out = [];
                  document.querySelectorAll('a[href], vaadin-side-nav-item[path]').forEach(e => {
                    const href = e.getAttribute('href') ?? e.getAttribute('path');
                    try {
                      const url = new URL(href, base);
                      if (url.origin === location.origin) out.push(url.pathname.replace(/^\\//, ''));
                    } catch (err) { }
                  });
                  return out;
                }""");
    }

    /** Route → audience → allowed, from the first table of docs/access-matrix.md. */
    static Map<String, Map<String, Boolean>> matrix() {
        try {
            return dev.podium.security.AccessMatrixTest.matrix();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String readAxe() {
        try (InputStream in = AccessibilityJourneyIT.class.getResourceAsStream("/axe/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe/axe.min.js is missing from the test resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
