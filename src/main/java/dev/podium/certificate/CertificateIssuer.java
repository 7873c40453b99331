package dev.podium.certificate;

import com.vaadin.flow.i18n.I18NProvider;
import dev.podium.course.CourseOutline;
import dev.podium.course.CourseService;
import dev.podium.people.EmployeeDetails;
import dev.podium.people.EmployeeService;
import dev.podium.shared.SystemUser;
import dev.podium.shared.CourseId;
import dev.podium.shared.EmployeeId;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Issues certificates once per (employee, achievement, completion): a redelivered event or a retried job finds the
 * certificate it issued before. A new certificate for an achievement the employee already holds supersedes the
 * live one (renewal or a redone course); the old one keeps its facts and is only marked.
 * Callers hold a transaction.
 */
@Component
class CertificateIssuer {

    private final CertificateRepository certificates;
    private final EmployeeService employees;
    private final CourseService courses;
    private final CertificateProperties properties;
    private final PublicAddress address;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final I18NProvider translations;

    CertificateIssuer(CertificateRepository certificates, EmployeeService employees, CourseService courses,
            CertificateProperties properties, PublicAddress address, ApplicationEventPublisher events, Clock clock,
            I18NProvider translations) {
        this.address = address;
        this.translations = translations;
        this.certificates = certificates;
        this.employees = employees;
        this.courses = courses;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    /** What is being certified, before names and titles are looked up. */
    record Request(EmployeeId employee, CertificateKind kind, String achievementId, String courseVersion,
            String completionKey, EmployeeId issuedBy, String issueReason) {
    }

    Certificate issue(Request request) {
        Optional<Certificate> earlier = certificates.issued(request.employee().value(), request.achievementId(),
                request.completionKey());
        if (earlier.isPresent()) {
            return earlier.get();
        }
        // a QR code pointing at an address nobody can reach is worse than no certificate yet: the event that asked
        // for it stays unfinished and is tried again once the address is set
        address.checkCanIssue();
        EmployeeDetails person = SystemUser.call(() -> employees.get(request.employee()));
        Locale language = person.locale();
        String title = title(request.achievementId(), language);
        Instant now = clock.instant();
        LocalDate issuedOn = now.atZone(ZoneOffset.UTC).toLocalDate();
        Period validity = properties.validity();
        LocalDate expiresOn = validity.isZero() ? null : issuedOn.plus(validity);
        Optional<Certificate> live = certificates.live(request.employee().value(), request.achievementId()).stream()
                .findFirst();
        Certificate certificate = certificates.saveAndFlush(new Certificate(new Certificate.Facts(request.employee(),
                request.kind(), request.achievementId(), title, request.courseVersion(), request.completionKey(),
                person.fullName(), language.toLanguageTag(), now, request.issuedBy(), request.issueReason(), expiresOn,
                live.map(Certificate::id).orElse(null)), VerificationCodes.next()));
        live.ifPresent(old -> old.supersede(certificate.id()));
        events.publishEvent(new CertificateIssued(request.employee(), certificate.id(), request.achievementId(),
                certificate.supersedes(), now, expiresOn));
        return certificate;
    }

    /** The achievement's title in the holder's language, as printed; the id when nothing better is known. */
    String title(String achievementId, Locale language) {
        if (Achievement.COACHING_PROGRAMME.equals(achievementId)) {
            return translations.getTranslation("certificate.achievement.coaching-programme", language);
        }
        if (!CourseId.isValid(achievementId)) {
            return achievementId;
        }
        return SystemUser.call(() -> courses.outline(CourseId.of(achievementId), language))
                .map(CourseOutline::summary).map(summary -> summary.title()).orElse(achievementId);
    }
}
