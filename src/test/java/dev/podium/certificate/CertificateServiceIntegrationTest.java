package dev.podium.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podium.AsHr;
import dev.podium.MutableClock;
import dev.podium.PodiumSpringTest;
import dev.podium.SignIn;
import dev.podium.activity.ActivityImportService;
import dev.podium.activity.LinkedInArchives;
import dev.podium.activity.UploadedArchive;
import dev.podium.coaching.CoachingProgrammeCompleted;
import dev.podium.learning.CourseCompleted;
import dev.podium.notification.NotificationItem;
import dev.podium.notification.NotificationService;
import dev.podium.people.EmployeeDraft;
import dev.podium.people.EmployeeService;
import dev.podium.shared.Role;
import dev.podium.shared.SystemUser;
import dev.podium.shared.CourseId;
import dev.podium.shared.EmployeeId;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Issuing on completion (once), reading one's own, revoking, expiry, and renewal by evidence and by redo. */
@PodiumSpringTest
@RecordApplicationEvents
class CertificateServiceIntegrationTest {

    private static final String GUIDELINES = "social-media-guidelines";
    private static final String HR = "hr@podium.local";

    @Autowired
    CertificateService certificates;
    @LocalServerPort
    int port;
    @Autowired
    Verification verification;
    @Autowired
    EmployeeService employees;
    @Autowired
    ActivityImportService activity;
    @Autowired
    NotificationService notifications;
    @Autowired
    UserDetailsService users;
    @Autowired
    ApplicationEventPublisher publisher;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEvents events;

    @TempDir
    Path folder;

    @AfterEach
    void cleanUp() {
        SignIn.out();
        clock.reset();
    }

    @Test
    void completing_a_certifying_course_issues_one_certificate_however_often_the_event_comes() {
        Person ida = person("Ida", Locale.forLanguageTag("da"));
        CourseCompleted completed = completed(ida.id(), GUIDELINES, true);

        publisher.publishEvent(completed);
        publisher.publishEvent(completed);

        SignIn.as(users, ida.email());
        List<IssuedCertificate> mine = certificates.myCertificates();
        assertThat(mine).hasSize(1);
        IssuedCertificate certificate = mine.getFirst();
        assertThat(certificate.kind()).isEqualTo(CertificateKind.COURSE);
        assertThat(certificate.achievementTitle()).isEqualTo("Retningslinjer for sociale medier");
        assertThat(certificate.employeeName()).isEqualTo("Ida Certifikat");
        assertThat(certificate.status()).isEqualTo(CertificateStatus.VALID);
        assertThat(certificate.expiresOn()).isEqualTo(today().plusMonths(24));
        assertThat(certificate.verificationCode()).hasSize(32).matches("[0-9A-Z]+");
        // no public address configured and no browser request here: this machine on the port it listens on
        assertThat(certificate.verifyUrl()).isEqualTo("http://localhost:" + port + "/verify/"
                + certificate.verificationCode());
        assertThat(events.stream(CertificateIssued.class).filter(e -> e.employee().equals(ida.id())))
                .singleElement().satisfies(e -> {
                    assertThat(e.certificateId()).isEqualTo(certificate.id());
                    assertThat(e.achievementId()).isEqualTo(GUIDELINES);
                    assertThat(e.supersedes()).isNull();
                    assertThat(e.expiresOn()).isEqualTo(certificate.expiresOn());
                });
    }

    @Test
    void a_course_that_does_not_certify_issues_nothing_and_the_coaching_programme_does() {
        Person ole = person("Ole", Locale.ENGLISH);

        publisher.publishEvent(completed(ole.id(), "finding-your-voice", false));
        publisher.publishEvent(new CoachingProgrammeCompleted(ole.id(), 987_654_321L, null, clock.instant()));
        publisher.publishEvent(new CoachingProgrammeCompleted(ole.id(), 987_654_321L, null, clock.instant()));

        SignIn.as(users, ole.email());
        assertThat(certificates.myCertificates()).singleElement().satisfies(certificate -> {
            assertThat(certificate.kind()).isEqualTo(CertificateKind.COACHING_PROGRAMME);
            assertThat(certificate.achievementTitle()).isEqualTo("Social leadership coaching programme");
        });
    }

    @Test
    void an_employee_reads_their_own_certificate_but_not_anothers() throws Exception {
        Person owner = person("Åse", Locale.ENGLISH);
        Person other = person("Bo", Locale.ENGLISH);
        publisher.publishEvent(completed(owner.id(), GUIDELINES, true));
        SignIn.as(users, owner.email());
        long id = certificates.myCertificates().getFirst().id();

        try (PDDocument pdf = Loader.loadPDF(certificates.pdf(id, PaperSize.A4))) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Åse Certifikat")
                    .contains("Social media guidelines");
        }
        assertThat(certificates.openBadge(id)).contains("OpenBadgeCredential");

        SignIn.as(users, other.email());
        assertThatThrownBy(() -> certificates.pdf(id, PaperSize.A4)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> certificates.openBadge(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> certificates.pdf(Long.MAX_VALUE, PaperSize.A4))
                .isInstanceOf(AccessDeniedException.class);

        SignIn.as(users, HR);
        assertThat(certificates.pdf(id, PaperSize.LETTER)).isNotEmpty();
    }

    @Test
    void hr_revokes_with_a_reason_and_the_verify_page_says_revoked() {
        Person kim = person("Kim", Locale.ENGLISH);
        publisher.publishEvent(completed(kim.id(), GUIDELINES, true));
        SignIn.as(users, HR);
        IssuedCertificate issued = certificates.page(new CertificateFilter("Kim Certifikat", null),
                org.springframework.data.domain.PageRequest.of(0, 10)).stream()
                .filter(c -> c.employee().equals(kim.id())).findFirst().orElseThrow();

        assertThatThrownBy(() -> certificates.revoke(issued.id(), " ")).isInstanceOf(CertificateRuleViolation.class);
        IssuedCertificate revoked = certificates.revoke(issued.id(), "Issued to the wrong person");

        assertThat(revoked.status()).isEqualTo(CertificateStatus.REVOKED);
        assertThat(revoked.revokeReason()).isEqualTo("Issued to the wrong person");
        assertThat(verification.lookUp(issued.verificationCode())).get()
                .extracting(Verification.Result::status).isEqualTo(CertificateStatus.REVOKED);
        assertThatThrownBy(() -> certificates.revoke(issued.id(), "again"))
                .isInstanceOf(CertificateRuleViolation.class);
        assertThat(events.stream(CertificateRevoked.class).filter(e -> e.certificateId() == issued.id())).hasSize(1);
    }

    @Test
    void hr_issues_by_hand_only_with_a_reason_and_the_new_certificate_supersedes_the_live_one() {
        Person lis = person("Lis", Locale.ENGLISH);
        publisher.publishEvent(completed(lis.id(), GUIDELINES, true));
        SignIn.as(users, HR);

        assertThatThrownBy(() -> certificates.issueManually(lis.id(), GUIDELINES, ""))
                .isInstanceOf(CertificateRuleViolation.class);
        IssuedCertificate manual = certificates.issueManually(lis.id(), GUIDELINES, "Attended the live workshop");

        assertThat(manual.kind()).isEqualTo(CertificateKind.MANUAL);
        assertThat(manual.issueReason()).isEqualTo("Attended the live workshop");
        assertThat(manual.supersedes()).isNotNull();
        SignIn.as(users, lis.email());
        assertThat(certificates.myCertificates()).extracting(IssuedCertificate::status)
                .containsExactly(CertificateStatus.VALID, CertificateStatus.SUPERSEDED);
    }

    @Test
    void a_certificate_expires_after_the_validity_period() {
        Person max = person("Max", Locale.ENGLISH);
        publisher.publishEvent(completed(max.id(), GUIDELINES, true));
        SignIn.as(users, max.email());
        IssuedCertificate certificate = certificates.myCertificates().getFirst();

        clock.advance(Duration.ofDays(365 * 2 + 2));

        assertThat(certificates.myCertificates().getFirst().status()).isEqualTo(CertificateStatus.EXPIRED);
        assertThat(verification.lookUp(certificate.verificationCode())).get()
                .extracting(Verification.Result::status).isEqualTo(CertificateStatus.EXPIRED);
    }

    @Test
    void unknown_and_malformed_codes_are_answered_alike() {
        assertThat(verification.lookUp(VerificationCodes.next())).isEmpty();
        assertThat(verification.lookUp("not-a-code' or 1=1 --")).isEmpty();
        assertThat(verification.lookUp(null)).isEmpty();
    }

    @Test
    void the_database_refuses_to_edit_a_certificate_or_delete_it() {
        Person uma = person("Uma", Locale.ENGLISH);
        publisher.publishEvent(completed(uma.id(), GUIDELINES, true));
        long id = jdbc.queryForObject("SELECT id FROM certificate WHERE employee_id = ?", Long.class,
                uma.id().value());

        assertThatThrownBy(() -> jdbc.update("UPDATE certificate SET employee_name = 'Someone Else' WHERE id = ?", id))
                .hasMessageContaining("never edited");
        assertThatThrownBy(() -> jdbc.update("UPDATE certificate SET expires_on = '2099-01-01' WHERE id = ?", id))
                .hasMessageContaining("never edited");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM certificate WHERE id = ?", id))
                .hasMessageContaining("revoke instead");
    }

    @Test
    void sustained_practice_earns_a_renewal_that_a_coach_signs_off_and_the_old_certificate_is_kept() throws Exception {
        Person pia = person("Pia", Locale.ENGLISH);
        publisher.publishEvent(completed(pia.id(), GUIDELINES, true));
        SignIn.as(users, pia.email());
        IssuedCertificate first = certificates.myCertificates().getFirst();

        // some 40 days before expiry, inside the 60-day renewal window, with a post in each of the last 12 weeks
        clock.advance(Duration.between(clock.instant(), first.expiresOn().minusDays(40).atStartOfDay(ZoneOffset.UTC)
                .toInstant().plus(Duration.ofHours(12))));
        LinkedInArchives archive = new LinkedInArchives();
        for (int week = 0; week < 12; week++) {
            archive.post(clock.instant().minus(Duration.ofDays(7L * week + 1)), LinkedInArchives.POST);
        }
        importArchive(archive);

        // the daily job, run twice: the system runs it, nobody else may
        SystemUser.call(certificates::checkRenewals);
        SystemUser.call(certificates::checkRenewals);

        Long coach = jdbc.queryForObject("SELECT coach_id FROM certificate_renewal WHERE certificate_id = ?",
                Long.class, first.id());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM certificate_renewal WHERE certificate_id = ?",
                Integer.class, first.id())).isEqualTo(1);
        SignIn.as(users, AsHr.call(() -> employees.get(EmployeeId.of(coach)).draft().email()));
        RenewalRequest request = certificates.renewalsToSignOff().stream()
                .filter(r -> r.certificateId() == first.id()).findFirst().orElseThrow();
        assertThat(request.employeeName()).isEqualTo("Pia Certifikat");
        IssuedCertificate renewed = certificates.approveRenewal(request.id(), "Keeps posting every week");
        assertThatThrownBy(() -> certificates.approveRenewal(request.id(), "twice"))
                .isInstanceOf(CertificateRuleViolation.class);

        assertThat(renewed.supersedes()).isEqualTo(first.id());
        assertThat(renewed.expiresOn()).isEqualTo(today().plusMonths(24));
        SignIn.as(users, pia.email());
        assertThat(certificates.myCertificates()).extracting(IssuedCertificate::id, IssuedCertificate::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(renewed.id(), CertificateStatus.VALID),
                        org.assertj.core.groups.Tuple.tuple(first.id(), CertificateStatus.SUPERSEDED));
        assertThat(notifications.myNotifications()).extracting(NotificationItem::messageKey)
                .contains("certificate.notify.renewal-offered").doesNotContain("certificate.notify.redo");
    }

    @Test
    void without_practice_the_employee_is_reminded_once_to_redo_the_course_and_completing_it_renews() {
        Person rut = person("Rut", Locale.ENGLISH);
        publisher.publishEvent(completed(rut.id(), GUIDELINES, true));
        SignIn.as(users, rut.email());
        IssuedCertificate first = certificates.myCertificates().getFirst();
        clock.advance(Duration.between(clock.instant(), first.expiresOn().minusDays(10).atStartOfDay(ZoneOffset.UTC)
                .toInstant().plus(Duration.ofHours(12))));

        // the daily job, run twice: the system runs it, nobody else may
        SystemUser.call(certificates::checkRenewals);
        SystemUser.call(certificates::checkRenewals);

        assertThat(jdbc.queryForObject("SELECT count(*) FROM certificate_renewal WHERE certificate_id = ?",
                Integer.class, first.id())).isZero();
        SignIn.as(users, rut.email());
        assertThat(notifications.myNotifications()).filteredOn(n -> n.messageKey().equals("certificate.notify.redo"))
                .singleElement().satisfies(n -> assertThat(n.link()).isEqualTo("courses/" + GUIDELINES));

        publisher.publishEvent(completed(rut.id(), GUIDELINES, true));

        List<IssuedCertificate> mine = certificates.myCertificates();
        assertThat(mine).hasSize(2);
        assertThat(mine.get(0).supersedes()).isEqualTo(first.id());
        assertThat(mine.get(0).status()).isEqualTo(CertificateStatus.VALID);
        assertThat(mine.get(1).status()).isEqualTo(CertificateStatus.SUPERSEDED);
        assertThat(mine.get(1).supersededBy()).isEqualTo(mine.get(0).id());
    }

    record Person(EmployeeId id, String email) {
    }

    private Person person(String firstName, Locale language) {
        String email = firstName.toLowerCase(Locale.ROOT).replace("å", "aa") + "."
                + ThreadLocalRandom.current().nextInt(1_000_000_000) + "@certificate.podium.test";
        EmployeeId id = AsHr.call(() -> employees.register(new EmployeeDraft(firstName, "Certifikat", email, null,
                null, "DK", null, EnumSet.of(Role.EMPLOYEE), language)));
        return new Person(id, email);
    }

    private CourseCompleted completed(EmployeeId employee, String course, boolean certifies) {
        return new CourseCompleted(employee, CourseId.of(course), "2026.1", "hash", certifies, 90, clock.instant());
    }

    private void importArchive(LinkedInArchives archive) throws Exception {
        Path zip = archive.writeZip(folder, "Renewal_LinkedInDataExport.zip");
        UploadedArchive upload;
        try (InputStream in = Files.newInputStream(zip)) {
            upload = activity.receiveUpload(zip.getFileName().toString(), in);
        }
        activity.preview(upload, read -> { }).join();
        activity.confirm(upload, written -> { }).join();
    }

    private LocalDate today() {
        return clock.instant().atZone(ZoneOffset.UTC).toLocalDate();
    }
}
