package dev.podium.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import dev.podium.PodiumSpringTest;
import dev.podium.activity.AnalyticsExportFiles;
import dev.podium.activity.LinkedInArchives;
import dev.podium.browser.TestPeople.Person;
import dev.podium.shared.Role;
import dev.podium.shared.Languages;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * An employee imports their archive and then LinkedIn's analytics export on the same page (upload → preview →
 * confirm) and sees on My voice which of their posts started conversations, the impressed beside impressions.
 */
@PodiumSpringTest
class ConversationsJourneyIT {

    private static final Path FILES = Path.of("target", "conversations-journey");

    @RegisterExtension
    static final Browsers browsers = new Browsers();

    @Autowired
    Clock clock;
    @Autowired
    ApplicationContext context;

    @Test
    void an_employee_imports_the_analytics_export_and_sees_the_conversations_their_posts_started() {
        Person employee = new TestPeople(context).create("Mia", Set.of(Role.EMPLOYEE), Languages.ENGLISH);
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        LinkedInArchives archive = new LinkedInArchives();
        String answered = archive.post(now.minus(Duration.ofDays(2)), LinkedInArchives.POST);
        String quiet = archive.post(now.minus(Duration.ofDays(9)), LinkedInArchives.POST + "\nA second line.");
        Path zip = archive.writeZip(FILES, "Basic_LinkedInDataExport_" + TestPeople.uniqueSuffix() + ".zip");
        Path xlsx = AnalyticsExportFiles.write(FILES.resolve("Content_" + TestPeople.uniqueSuffix() + ".xlsx"),
                today, decode(answered), 6, decode(quiet), 0);

        BrowserSession browser = browsers.open().login(employee.email(), employee.password());
        browser.open("activity/import");
        upload(browser, zip);
        browser.page().locator("#activity-confirm").click();
        assertThat(browser.page().locator("#activity-result-added")).containsText("2 new items imported");

        browser.open("activity/import");
        upload(browser, xlsx);
        assertThat(browser.page().locator("#activity-preview-total"))
                .containsText(Pattern.compile("^LinkedIn analytics with \\d+ rows for"));
        assertThat(browser.page().locator("#activity-preview-analytics")).containsText("Your posts: 2");
        assertThat(browser.page().locator("#activity-preview-skipped")).containsText("Sheet DEMOGRAPHICS");
        browser.page().locator("#activity-confirm").click();
        assertThat(browser.page().locator("#activity-result-added")).containsText("2 new posts");

        browser.page().locator("#activity-see-voice").click();
        browser.waitForVaadin();
        assertThat(browser.page().locator("#voice-conversations-line")).containsText("Podium counts the impressed.");
        assertThat(browser.page().locator("#voice-conversations-summary"))
                .containsText("1 of 2 posts with comment figures started a conversation");
        assertThat(browser.page().locator("#voice-conversations-common")).containsText("1 of 1 were");
        browser.assertGridSize("#voice-conversations-posts", 2);
        assertThat(browser.page().locator("#voice-followers-trend")).isVisible();
        assertThat(browser.page().locator("#voice-pillar-engagement-quality"))
                .containsText("1 of your 2 posts with comment figures started a conversation");
    }

    private static String decode(String link) {
        return URLDecoder.decode(link, StandardCharsets.UTF_8);
    }

    private static void upload(BrowserSession browser, Path file) {
        browser.page().locator("#activity-upload input[type=file]").setInputFiles(file);
    }
}
