package dev.podium.certificate;

import dev.podium.course.CourseService;
import dev.podium.course.CourseSummary;
import dev.podium.shared.AccessLog;
import dev.podium.shared.AccessLogAction;
import dev.podium.shared.CurrentUser;
import dev.podium.shared.Role;
import dev.podium.shared.Roles;
import dev.podium.shared.SignedInUser;
import dev.podium.shared.SystemUser;
import dev.podium.shared.EmployeeId;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Certificates for their holders (list, PDF, Open Badges credential), for HR (list, issue by hand, revoke) and for
 * coaches (renewals to sign off). Certificates are issued automatically on course and programme completion; a
 * holder reads only their own. Publishes {@link CertificateIssued} and {@link CertificateRevoked}.
 */
@Service
public class CertificateService {

    private static final int MAX_REASON = 1000;

    private final CertificateRepository certificates;
    private final CertificateRenewalRepository renewals;
    private final CertificateIssuer issuer;
    private final CertificateRenewals renewalCheck;
    private final CertificateDocuments documents;
    private final OpenBadges openBadges;
    private final CourseService courses;
    private final PublicAddress address;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AccessLog accessLog;

    CertificateService(CertificateRepository certificates, CertificateRenewalRepository renewals,
            CertificateIssuer issuer, CertificateRenewals renewalCheck, CertificateDocuments documents,
            OpenBadges openBadges, CourseService courses, PublicAddress address,
            CurrentUser currentUser, ApplicationEventPublisher events, Clock clock, AccessLog accessLog) {
        this.accessLog = accessLog;
        this.certificates = certificates;
        this.renewals = renewals;
        this.issuer = issuer;
        this.renewalCheck = renewalCheck;
        this.documents = documents;
        this.openBadges = openBadges;
        this.courses = courses;
        this.address = address;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** The signed-in person's certificates, newest first, with the renewed and revoked ones as history. */
    @RolesAllowed(Roles.EMPLOYEE)
    @Transactional(readOnly = true)
    public List<IssuedCertificate> myCertificates() {
        LocalDate today = today();
        return certificates.ofEmployee(currentUser.employeeId().value()).stream()
                .map(certificate -> certificate.view(today, address)).toList();
    }

    /** A certificate as a PDF: its holder's own, or any for HR; refused (as if unknown) otherwise. */
    @RolesAllowed({Roles.EMPLOYEE, Roles.HR_ADMIN})
    @Transactional(readOnly = true)
    public byte[] pdf(long certificateId, PaperSize paper) {
        return documents.pdf(readable(certificateId), paper == null ? PaperSize.A4 : paper);
    }

    /**
     * A certificate as a signed Open Badges 3.0 credential (JSON-LD with an embedded Data Integrity proof): its
     * holder's own, or any for HR.
     */
    @RolesAllowed({Roles.EMPLOYEE, Roles.HR_ADMIN})
    @Transactional(readOnly = true)
    public String openBadge(long certificateId) {
        return openBadges.credential(readable(certificateId));
    }

    /** A page of all certificates for HR, newest first. */
    @RolesAllowed(Roles.HR_ADMIN)
    @Transactional(readOnly = true)
    public List<IssuedCertificate> page(CertificateFilter filter, Pageable page) {
        LocalDate today = today();
        CertificateFilter given = filter == null ? CertificateFilter.none() : filter;
        // opened when the first page is fetched; scrolling further is the same look
        if (page.isUnpaged() || page.getPageNumber() == 0) {
            accessLog.record(AccessLogAction.LIST_OPENED, null, "certificates", "HR's certificate list"
                    + (given.text() == null || given.text().isBlank() ? "" : " text=" + given.text().strip())
                    + (given.status() == null ? "" : " status=" + given.status()));
        }
        return certificates.search(like(given.text()), status(given), today, page).stream()
                .map(certificate -> certificate.view(today, address)).toList();
    }

    @RolesAllowed(Roles.HR_ADMIN)
    @Transactional(readOnly = true)
    public long count(CertificateFilter filter) {
        CertificateFilter given = filter == null ? CertificateFilter.none() : filter;
        return certificates.countSearch(like(given.text()), status(given), today());
    }

    /** What HR may certify by hand: the courses that issue certificates, and the coaching programme. */
    @RolesAllowed(Roles.HR_ADMIN)
    public List<Achievement> achievements(Locale language) {
        List<Achievement> all = new ArrayList<>();
        for (CourseSummary course : courses.catalogue(null, null, language)) {
            all.add(new Achievement(course.id().value(), course.title()));
        }
        all.add(new Achievement(Achievement.COACHING_PROGRAMME, issuer.title(Achievement.COACHING_PROGRAMME,
                language)));
        return all;
    }

    /** HR issues a certificate by hand, with a reason kept on it; it supersedes a live one for the same thing. */
    @RolesAllowed(Roles.HR_ADMIN)
    @Transactional
    public IssuedCertificate issueManually(EmployeeId employee, String achievementId, String reason) {
        if (employee == null || achievementId == null || achievementId.isBlank()) {
            throw new CertificateRuleViolation("certificate.rule.choose");
        }
        Certificate issued = issuer.issue(new CertificateIssuer.Request(employee, CertificateKind.MANUAL,
                achievementId.strip(), null, "manual-" + UUID.randomUUID(), signedIn(),
                reason(reason)));
        accessLog.record(AccessLogAction.CERTIFICATE_ISSUED, employee, null, "Issued by hand: "
                + issued.achievementTitle() + " (certificate " + issued.id() + "), reason: " + reason(reason));
        return issued.view(today(), address);
    }

    /** HR revokes a certificate with a reason; the verify page then says it is revoked. */
    @RolesAllowed(Roles.HR_ADMIN)
    @Transactional
    public IssuedCertificate revoke(long certificateId, String reason) {
        Certificate certificate = certificates.findById(certificateId)
                .orElseThrow(() -> new CertificateRuleViolation("certificate.rule.unknown"));
        var now = clock.instant();
        certificate.revoke(signedIn(), reason(reason), now);
        events.publishEvent(new CertificateRevoked(certificate.employee(), certificate.id(), now));
        accessLog.record(AccessLogAction.CERTIFICATE_REVOKED, certificate.employee(), null, "Revoked: "
                + certificate.achievementTitle() + " (certificate " + certificate.id() + "), reason: "
                + reason(reason));
        return certificate.view(today(), address);
    }

    /** The renewals by evidence waiting for the signed-in coach's sign-off. */
    @RolesAllowed(Roles.COACH)
    @Transactional(readOnly = true)
    public List<RenewalRequest> renewalsToSignOff() {
        return renewals.findByCoachIdAndStatusOrderByOfferedAt(currentUser.employeeId().value(),
                CertificateRenewal.Status.OFFERED).stream().map(renewal -> {
                    Certificate certificate = certificates.findById(renewal.certificateId()).orElseThrow();
                    return new RenewalRequest(renewal.id(), certificate.id(), certificate.employee(),
                            certificate.employeeName(), certificate.achievementTitle(), certificate.expiresOn(),
                            renewal.offeredAt());
                }).toList();
    }

    /**
     * The coach signs off a renewal: a new certificate is issued that supersedes the old one (which stays, marked).
     */
    @RolesAllowed(Roles.COACH)
    @Transactional
    public IssuedCertificate approveRenewal(long renewalId, String note) {
        CertificateRenewal renewal = myRenewal(renewalId);
        Certificate old = certificates.findById(renewal.certificateId()).orElseThrow();
        if (old.revokedAt() != null || old.supersededBy() != null) {
            throw new CertificateRuleViolation("certificate.rule.not-renewable");
        }
        renewal.decide(true, note, clock.instant());
        Certificate renewed = issuer.issue(new CertificateIssuer.Request(old.employee(), old.kind(),
                old.achievementId(), old.courseVersion(), "renewal-" + old.id(), currentUser.employeeId(),
                null));
        renewal.renewedBy(renewed.id());
        accessLog.record(AccessLogAction.CERTIFICATE_ISSUED, old.employee(), null, "Renewal by evidence signed off: "
                + renewed.achievementTitle() + " (certificate " + renewed.id() + " renews " + old.id() + ")");
        return renewed.view(today(), address);
    }

    /** The coach declines a renewal; the employee is then reminded to redo the course. */
    @RolesAllowed(Roles.COACH)
    @Transactional
    public void declineRenewal(long renewalId, String note) {
        myRenewal(renewalId).decide(false, note, clock.instant());
    }

    /**
     * Looks at certificates entering their renewal window: offers renewals by evidence or reminds to redo. Run
     * daily by the system; returns how many were offered and reminded.
     */
    @RolesAllowed(Roles.SYSTEM)
    @Transactional
    public int[] checkRenewals() {
        CertificateRenewals.Run run = SystemUser.call(renewalCheck::check);
        return new int[] {run.offered(), run.reminded()};
    }

    /** The HR person acting, or null when the system acts (an import, a job). */
    private EmployeeId signedIn() {
        return currentUser.get().map(SignedInUser::employeeId).orElse(null);
    }

    private CertificateRenewal myRenewal(long renewalId) {
        CertificateRenewal renewal = renewals.findById(renewalId)
                .orElseThrow(() -> new CertificateRuleViolation("certificate.rule.unknown"));
        if (renewal.coachId() != currentUser.employeeId().value()) {
            throw new AccessDeniedException("Renewal " + renewalId + " is another coach's");
        }
        return renewal;
    }

    private Certificate readable(long certificateId) {
        Certificate certificate = certificates.findById(certificateId).orElse(null);
        boolean hr = currentUser.hasRole(Role.HR_ADMIN) || currentUser.get().isEmpty();
        if (certificate == null || !(hr || certificate.employee().equals(currentUser.employeeId()))) {
            // the same refusal for another's certificate and for none at all: ids reveal nothing
            throw new AccessDeniedException("Certificate " + certificateId + " is not yours");
        }
        return certificate;
    }

    private static String reason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new CertificateRuleViolation("certificate.rule.reason");
        }
        String stripped = reason.strip();
        return stripped.length() > MAX_REASON ? stripped.substring(0, MAX_REASON) : stripped;
    }

    private static String like(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return "%" + text.strip().toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_")
                + "%";
    }

    private static String status(CertificateFilter filter) {
        return filter.status() == null ? null : filter.status().name();
    }

    private LocalDate today() {
        return clock.instant().atZone(ZoneOffset.UTC).toLocalDate();
    }
}
