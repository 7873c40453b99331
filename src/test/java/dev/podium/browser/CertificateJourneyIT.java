package dev.podium.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import dev.podium.AsHr;
import dev.podium.MutableClock;
import dev.podium.PodiumSpringTest;
import dev.podium.browser.TestPeople.Person;
import dev.podium.certificate.CertificateService;
import dev.podium.certificate.IssuedCertificate;
import dev.podium.learning.CourseCompleted;
import dev.podium.shared.Role;
import dev.podium.shared.CourseId;
import dev.podium.shared.EmployeeId;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;

/**
 * The public verify page in its four states (valid, expired, revoked, unknown), an employee downloading their
 * certificate, and HR revoking one with a reason.
 */
@PodiumSpringTest
class CertificateJourneyIT {

    @RegisterExtension
    static final Browsers browsers = new Browsers();

    @Autowired
    ApplicationContext context;
    @Autowired
    ApplicationEventPublisher publisher;
    @Autowired
    CertificateService certificates;
    @Autowired
    MutableClock clock;
    @LocalServerPort
    int port;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void the_verify_page_tells_valid_expired_revoked_and_unknown_apart_without_sign_in() {
        IssuedCertificate valid = issue(new TestPeople(context).create("Vilma", Set.of(Role.EMPLOYEE),
                Locale.ENGLISH).id());
        IssuedCertificate revoked = issue(new TestPeople(context).create("Rasmus", Set.of(Role.EMPLOYEE),
                Locale.ENGLISH).id());
        AsHr.run(() -> certificates.revoke(revoked.id(), "Issued by mistake"));
        Page page = browsers.open().page();

        verify(page, valid.verificationCode());
        assertThat(page.locator("#verify")).hasAttribute("data-state", "valid");
        assertThat(page.locator("#verify .state")).hasText("This certificate is valid.");
        assertThat(page.locator("#holder")).hasText(valid.employeeName());
        assertThat(page.locator("#achievement")).hasText("Social media guidelines");
        assertThat(page.locator("body")).not().containsText("@" + TestPeople.DOMAIN);

        verify(page, revoked.verificationCode());
        assertThat(page.locator("#verify")).hasAttribute("data-state", "revoked");
        assertThat(page.locator("#verify .state")).hasText("This certificate has been revoked.");
        assertThat(page.locator("body")).not().containsText("Issued by mistake");

        verify(page, "0123456789ABCDEFGHJKMNPQRSTVWXYZ");
        assertThat(page.locator("#verify")).hasAttribute("data-state", "unknown");
        assertThat(page.locator("h1")).hasText("Certificate not found");

        clock.advance(Duration.ofDays(365 * 2 + 3));
        verify(page, valid.verificationCode());
        assertThat(page.locator("#verify")).hasAttribute("data-state", "expired");
        assertThat(page.locator("#verify .state")).hasText("This certificate has expired.");
    }

    @Test
    void an_employee_downloads_their_certificate_and_hr_revokes_it_with_a_reason() throws Exception {
        Person person = new TestPeople(context).create("Søren", Set.of(Role.EMPLOYEE), Locale.ENGLISH);
        IssuedCertificate certificate = issue(person.id());
        BrowserSession employee = browsers.open().login(person.email(), person.password());

        employee.open("certificates");
        assertThat(employee.page().locator(".certificate-card")).hasCount(1);
        assertThat(employee.page().locator(".certificate-card")).containsText("Social media guidelines");
        assertThat(employee.page().locator(".certificate-verify-link input"))
                .hasValue(certificate.verifyUrl());
        Download download = employee.page().waitForDownload(() -> employee.page()
                .locator(".certificate-downloads a").first().click());
        byte[] pdf = Files.readAllBytes(download.path());
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Søren " + person.lastName());
        }
        Download badge = employee.page().waitForDownload(() -> employee.page()
                .locator(".certificate-downloads a").nth(2).click());
        assertThat(Files.readString(badge.path())).contains("OpenBadgeCredential").contains("eddsa-jcs-2022");

        BrowserSession hr = browsers.open().login("jonas.becker@podium.local", "podium-demo");
        hr.open("certificates/manage");
        hr.fill("#certificates-search", person.lastName());
        hr.assertGridSize("#certificates-grid", 1);
        // the grid keeps spare (hidden) rows: the one on screen is the person's
        hr.page().locator("#certificates-grid .certificate-revoke")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setVisible(true)).click();
        hr.page().locator("#revoke-reason textarea").fill("Completed under another person's account");
        hr.page().locator("#revoke-reason textarea").blur();
        hr.page().locator("vaadin-confirm-dialog-overlay vaadin-button[slot=confirm-button], "
                + "vaadin-confirm-dialog vaadin-button[slot=confirm-button]").first().click();
        assertThat(hr.notification("Certificate revoked.")).isVisible();
        assertThat(hr.visibleCells("#certificates-grid", "Revoked")).hasCount(1);

        employee.open("certificates");
        assertThat(employee.page().locator(".certificate-card")).containsText(
                "Revoked: Completed under another person's account");
        verify(employee.page(), certificate.verificationCode());
        assertThat(employee.page().locator("#verify")).hasAttribute("data-state", "revoked");
    }

    @Test
    void without_a_configured_public_address_the_demo_links_to_the_address_the_browser_used() {
        Person person = new TestPeople(context).create("Viggo", Set.of(Role.EMPLOYEE), Locale.ENGLISH);
        IssuedCertificate certificate = issue(person.id());
        // the same server reached as 127.0.0.1 rather than localhost: the link follows the browser, not a default
        BrowserSession employee = browsers.openVia("127.0.0.1").login(person.email(), person.password());
        employee.open("certificates");
        String expected = "http://127.0.0.1:" + port + "/verify/" + certificate.verificationCode();
        assertThat(employee.page().locator(".certificate-verify-link input")).hasValue(expected);
        assertThat(employee.page().locator(".certificate-card")).not().containsText("localhost:8080");
    }

    private void verify(Page page, String code) {
        page.navigate("http://localhost:" + port + "/verify/" + code);
    }

    private IssuedCertificate issue(EmployeeId employee) {
        publisher.publishEvent(new CourseCompleted(employee, CourseId.of("social-media-guidelines"), "2026.1",
                "hash", true, 90, clock.instant()));
        return AsHr.call(() -> certificates.page(null, PageRequest.of(0, 200)).stream()
                .filter(c -> c.employee().equals(employee)).findFirst().orElseThrow());
    }
}
