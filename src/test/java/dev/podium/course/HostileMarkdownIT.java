package dev.podium.course;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import dev.podium.content.SafeMarkdown;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Hostile Markdown, rendered the way lessons are rendered, put into a real Chromium page: nothing it carries may
 * run, whether on load, on error or when a learner clicks its links. (Validation refuses such lessons before they
 * are published; this proves the renderer holds even if one slipped through.)
 */
class HostileMarkdownIT {

    private static final String HOSTILE = """
            <script>window.pwned = 'script'</script>

            <img src="x" onerror="window.pwned = 'img onerror'">

            <svg onload="window.pwned = 'svg onload'"></svg>

            <iframe src="javascript:parent.pwned = 'iframe'"></iframe>

            <details open ontoggle="window.pwned = 'details ontoggle'">x</details>

            [plain](javascript:window.pwned='link') [mixed case](JaVaScRiPt:window.pwned='mixed')
            [entity](&#106;avascript:window.pwned='entity') [data](data:text/html,<script>alert(1)</script>)
            <javascript:window.pwned='autolink'>

            ![x" onerror="window.pwned='alt'](missing.png)

            <a href="javascript:window.pwned='raw anchor'">raw anchor</a>

            <form action="javascript:window.pwned='form'"><button id="hostile-submit">go</button></form>
            """;

    private static Object pwned(Page page) {
        try {
            return page.evaluate("() => window.pwned === undefined ? null : String(window.pwned)");
        } catch (com.microsoft.playwright.PlaywrightException navigatedAway) {
            page.waitForLoadState();
            return page.evaluate("() => window.pwned === undefined ? null : String(window.pwned)");
        }
    }

    @Test
    void hostile_markdown_cannot_run_script_in_the_browser() {
        Path course = Path.of("/courses/hostile").toAbsolutePath();
        String html = SafeMarkdown.render(HOSTILE, course, course.resolve("lessons/01.md"),
                image -> "course-assets/hostile/x/" + image);
        List<String> dialogs = new ArrayList<>();
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
                Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(Path.of("/usr/bin/chromium")).setHeadless(true)
                        .setArgs(List.of("--no-sandbox", "--disable-gpu", "--no-first-run")))) {
            Page page = browser.newPage();
            page.onDialog(dialog -> {
                dialogs.add(dialog.message());
                dialog.dismiss();
            });
            String document = "<!doctype html><html><body><div id=\"lesson\">" + html + "</div></body></html>";
            page.setContent(document);
            page.waitForTimeout(300);
            assertThat(pwned(page)).as("a hostile payload ran on load").isNull();
            int links = page.locator("#lesson a").count();
            for (int i = 0; i < links; i++) {
                // a fresh page for each click: a harmless link may navigate away
                page.setContent(document);
                page.locator("#lesson a").nth(i).click(new com.microsoft.playwright.Locator.ClickOptions()
                        .setTimeout(2000).setForce(true).setNoWaitAfter(true));
                page.waitForTimeout(150);
                assertThat(pwned(page)).as("a hostile payload ran when link %d was clicked", i).isNull();
            }
            page.setContent(document);
            assertThat(dialogs).isEmpty();
            assertThat(page.locator("#lesson script, #lesson iframe, #lesson svg, #lesson form, #lesson [onerror]"))
                    .satisfies(found -> assertThat(found.count()).isZero());
            assertThat(page.locator("#lesson a").count()).as("the harmless text of the links remains").isPositive();
        }
    }
}
