package dev.podium.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import dev.podium.PodiumSpringTest;
import dev.podium.activity.LinkedInArchives;
import dev.podium.browser.TestPeople.Person;
import dev.podium.shared.Role;
import dev.podium.shared.Languages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * An employee imports their LinkedIn archive: preview with counts, confirmation, their index with the sentences
 * behind it; the same archive again adds nothing, and a file of random bytes gets a message naming it.
 */
@PodiumSpringTest
class ActivityImportJourneyIT {

    private static final Path FILES = Path.of("target", "activity-journey");

    @RegisterExtension
    static final Browsers browsers = new Browsers();

    @Autowired
    ApplicationContext context;
    @Autowired
    Clock clock;

    Person employee;

    @BeforeEach
    void freshEmployee() {
        employee = new TestPeople(context).create("Lea", Set.of(Role.EMPLOYEE), Languages.ENGLISH);
    }

    @Test
    void an_employee_previews_and_imports_their_linkedin_archive_and_sees_their_voice() throws IOException {
        Instant now = clock.instant();
        LinkedInArchives archive = new LinkedInArchives();
        archive.post(now.minus(Duration.ofDays(1)), LinkedInArchives.POST);
        archive.post(now.minus(Duration.ofDays(8)), LinkedInArchives.POST + "\nAnd a second line.");
        archive.reshare(now.minus(Duration.ofDays(3)), "https://news.example/story");
        archive.comment(now.minus(Duration.ofDays(2)), LinkedInArchives.COMMENT);
        archive.comment(now.minus(Duration.ofDays(5)), LinkedInArchives.COMMENT + " Indeed.");
        archive.reaction(now.minus(Duration.ofDays(4)), "LIKE");
        Path zip = archive.writeZip(FILES, "Basic_LinkedInDataExport_" + TestPeople.uniqueSuffix() + ".zip");

        BrowserSession browser = browsers.open().login(employee.email(), employee.password());
        assertThat(browser.page().locator("#home-voice")).containsText("Import your activity");
        browser.open("activity/import");

        upload(browser, zip);
        assertThat(browser.page().locator("#activity-preview-total"))
                .containsText(Pattern.compile("^6 items from LinkedIn, dated"));
        assertThat(browser.page().locator("#activity-preview-kinds")).containsText("Posts: 2");
        assertThat(browser.page().locator("#activity-preview-classes")).containsText("Substantive comments: 2");
        browser.page().locator("#activity-confirm").click();
        assertThat(browser.page().locator("#activity-result-added")).containsText("6 new items imported");

        browser.page().locator("#activity-see-voice").click();
        browser.waitForVaadin();
        assertThat(browser.page().locator("#voice-total")).containsText(Pattern.compile("Social Leadership Index: \\d+ of 100"));
        assertThat(browser.page().locator("#voice-band")).isVisible();
        Locator sentences = browser.page().locator("#voice-pillar-originality li");
        assertThat(sentences.first()).isVisible();
        assertThat(browser.page().locator("#voice-next-step")).isVisible();
        assertThat(browser.page().locator("#voice-chart-text")).isAttached();
        assertThat(browser.page().locator("#voice-items")).isVisible();
        browser.assertGridSize("#voice-items", 6);

        browser.open("activity/import");
        upload(browser, zip);
        assertThat(browser.page().locator("#activity-preview")).containsText("You last imported on");
        browser.page().locator("#activity-confirm").click();
        assertThat(browser.page().locator("#activity-result-added"))
                .containsText("Nothing new: all 6 items had been imported before.");
    }

    @Test
    void an_archive_older_than_the_window_says_why_the_index_stays_at_zero_and_what_to_do() throws IOException {
        Instant now = clock.instant();
        Instant newest = now.minus(Duration.ofDays(20 * 7));
        LinkedInArchives archive = new LinkedInArchives();
        archive.post(newest, LinkedInArchives.POST);
        archive.post(now.minus(Duration.ofDays(25 * 7)), LinkedInArchives.POST + "\nAn older one.");
        archive.comment(now.minus(Duration.ofDays(22 * 7)), LinkedInArchives.COMMENT);
        Path zip = archive.writeZip(FILES, "Basic_LinkedInDataExport_" + TestPeople.uniqueSuffix() + ".zip");

        BrowserSession browser = browsers.open().login(employee.email(), employee.password());
        browser.open("activity/import");
        upload(browser, zip);
        browser.page().locator("#activity-confirm").click();

        // three items, all new: no "the rest had come with an earlier import" when there is no rest
        Locator added = browser.page().locator("#activity-result-added");
        assertThat(added).hasText("3 new items imported.");
        LocalDate last = newest.atZone(ZoneOffset.UTC).toLocalDate();
        Locator outside = browser.page().locator("#activity-result-outside-window");
        assertThat(outside).containsText("older than the index's window");
        assertThat(outside).containsText("the last 12 weeks");
        assertThat(outside).containsText("week " + last.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)
                + " " + last.get(IsoFields.WEEK_BASED_YEAR));
        assertThat(outside).containsText("import a fresh export");
        assertThat(browser.page().locator("#activity-result-index")).containsText("is now 0");
    }

    @Test
    void a_file_of_random_bytes_gets_a_message_naming_it_and_nothing_is_imported() throws IOException {
        // 3 MB: bigger than the 1 MB a servlet container or Spring accepts by default, as real archives are
        byte[] noise = new byte[3 * 1024 * 1024];
        new Random(7).nextBytes(noise);
        Files.createDirectories(FILES);
        Path file = FILES.resolve("my-linkedin-" + TestPeople.uniqueSuffix() + ".zip");
        Files.write(file, noise);

        BrowserSession browser = browsers.open().login(employee.email(), employee.password());
        browser.open("activity/import");
        upload(browser, file);

        Locator problem = browser.page().locator("#activity-problem");
        assertThat(problem).containsText("Not imported: " + file.getFileName());
        assertThat(problem).containsText("Nothing was stored.");
        assertThat(browser.page().locator("#activity-confirm")).hasCount(0);

        browser.open("voice");
        assertThat(browser.page().locator("#voice-no-import")).isVisible();
    }

    @Test
    void an_employee_chooses_three_voice_topics_and_sees_them_on_my_voice() {
        BrowserSession browser = browsers.open().login(employee.email(), employee.password());
        browser.open("voice/topics");
        assertThat(browser.page().locator("#topics-company-domains")).isVisible();
        browser.fill("#topic-1-label", "Energy transition");
        browser.fill("#topic-1-keywords", "heat pumps, insulation");
        browser.fill("#topic-1-hashtags", "#energy #heatpumps");
        browser.fill("#topic-2-label", "Leadership");
        browser.page().locator("#topics-save").click();
        assertThat(browser.page().locator("#topics-problem"))
                .containsText("Choose between 3 and 5 topics; you filled in 2.");

        browser.fill("#topic-3-keywords", "trust");
        browser.page().locator("#topics-save").click();
        assertThat(browser.page().locator("#topics-problem")).containsText("Topic 3 needs a label.");

        browser.fill("#topic-3-label", "Trust");
        browser.page().locator("#topics-save").click();
        browser.waitForVaadin();
        assertThat(browser.page().locator("#voice-topics li")).hasCount(3);
        assertThat(browser.page().locator("#voice-topics")).containsText("Energy transition — heat pumps, insulation, #energy, #heatpumps");
    }

    private static void upload(BrowserSession browser, Path file) {
        browser.page().locator("#activity-upload input[type=file]").setInputFiles(file);
    }
}
