package dev.podium.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.assertions.LocatorAssertions;
import dev.podium.PodiumSpringTest;
import dev.podium.browser.TestPeople.Person;
import dev.podium.notification.NotificationService;
import dev.podium.shared.Languages;
import dev.podium.shared.Role;
import dev.podium.shared.SystemUser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** A person prepares "My data" on their account page, watches it being collected and downloads the zip. */
@PodiumSpringTest
class MyDataJourneyIT {

    @RegisterExtension
    static final Browsers browsers = new Browsers();

    @Autowired
    ApplicationContext context;
    @Autowired
    NotificationService notifications;

    @Test
    void a_person_downloads_their_data_from_the_account_page() throws IOException {
        Person person = new TestPeople(context).create("Mia", Set.of(Role.EMPLOYEE), Languages.ENGLISH);
        String marker = "notice" + TestPeople.uniqueSuffix();
        SystemUser.run(() -> notifications.notify(person.id(), "coaching.notification.stalled", List.of(marker),
                "coaching", null));
        BrowserSession browser = browsers.open().login(person.email(), person.password());

        browser.open("account");
        assertThat(browser.page().locator("#my-data-section")).containsText("My data");
        browser.page().locator("#my-data-prepare").click();
        // collecting runs on a worker; the page polls until the link is there (a wait, not a timing assertion)
        assertThat(browser.page().locator("#my-data-link"))
                .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(120_000));
        assertThat(browser.page().locator("#my-data-status")).containsText("Ready:");
        Download download = browser.page().waitForDownload(() -> browser.page().locator("#my-data-link").click());

        assertThat(download.suggestedFilename()).startsWith("podium-my-data-").endsWith(".zip");
        Map<String, String> zip = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(download.path()), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                zip.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertThat(zip).containsKeys("index.html", "manifest.json", "data/profile.json", "data/notifications.json");
        assertThat(zip.get("data/profile.json")).contains(person.email()).contains(person.lastName());
        assertThat(zip.get("data/notifications.json")).contains(marker);
        assertThat(zip.get("index.html")).contains(person.lastName()).contains(marker).contains("<h2>Profile</h2>");
    }
}
