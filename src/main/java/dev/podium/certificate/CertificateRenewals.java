package dev.podium.certificate;

import dev.podium.activity.ActivityGoal;
import dev.podium.activity.ActivityIndexService;
import dev.podium.notification.NotificationService;
import dev.podium.people.ActiveCoach;
import dev.podium.people.EmployeeService;
import dev.podium.shared.SystemUser;
import dev.podium.shared.EmployeeId;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The daily look at certificates entering their renewal window. Someone whose imported activity shows sustained
 * practice is offered a renewal that a coach signs off; everyone else is reminded once to redo the course. Running
 * it twice (a retry, a second node) changes nothing: one offer per certificate, one reminder per certificate.
 */
@Component
class CertificateRenewals {

    private static final Logger log = LoggerFactory.getLogger(CertificateRenewals.class);

    private final CertificateRepository certificates;
    private final CertificateRenewalRepository renewals;
    private final ActivityIndexService activity;
    private final EmployeeService employees;
    private final NotificationService notifications;
    private final CertificateProperties properties;
    private final Clock clock;

    CertificateRenewals(CertificateRepository certificates, CertificateRenewalRepository renewals,
            ActivityIndexService activity, EmployeeService employees, NotificationService notifications,
            CertificateProperties properties, Clock clock) {
        this.certificates = certificates;
        this.renewals = renewals;
        this.activity = activity;
        this.employees = employees;
        this.notifications = notifications;
        this.properties = properties;
        this.clock = clock;
    }

    /** What one run did. */
    record Run(int offered, int reminded) {
    }

    /** Runs as the system; the caller holds a transaction. */
    Run check() {
        LocalDate today = clock.instant().atZone(ZoneOffset.UTC).toLocalDate();
        List<Certificate> due = certificates.expiringBetween(today, today.plusDays(properties.renewalWindow()));
        int offered = 0;
        int reminded = 0;
        for (Certificate certificate : due) {
            Optional<CertificateRenewal> renewal = renewals.findByCertificateId(certificate.id());
            if (renewal.isPresent() && renewal.get().status() != CertificateRenewal.Status.DECLINED) {
                continue;
            }
            if (renewal.isEmpty() && practises(certificate.employee())) {
                Optional<ActiveCoach> coach = coachFor(certificate);
                if (coach.isPresent()) {
                    renewals.save(new CertificateRenewal(certificate.id(), certificate.employee().value(),
                            coach.get().id().value(), clock.instant()));
                    notify(coach.get().id(), "certificate.notify.sign-off",
                            List.of(certificate.employeeName(), certificate.achievementTitle()), "coach/renewals",
                            "certificate-" + certificate.id() + "-sign-off");
                    notify(certificate.employee(), "certificate.notify.renewal-offered",
                            List.of(certificate.achievementTitle()), "certificates",
                            "certificate-" + certificate.id() + "-renewal-offered");
                    offered++;
                    continue;
                }
            }
            if (notify(certificate.employee(), "certificate.notify.redo", List.of(certificate.achievementTitle(),
                    certificate.expiresOn().toString()), redoLink(certificate),
                    "certificate-" + certificate.id() + "-redo")) {
                reminded++;
            }
        }
        log.info("Certificate renewal check: {} due, {} renewals offered, {} reminded to redo", due.size(), offered,
                reminded);
        return new Run(offered, reminded);
    }

    /** Sustained practice as configured, e.g. active in 8 of the last 12 weeks with originality of at least 15. */
    boolean practises(EmployeeId employee) {
        return SystemUser.call(() -> activity.meets(employee, ActivityGoal.activeWeeks(properties.practiceActiveWeeks()))
                && activity.meets(employee, ActivityGoal.originalityAtLeast(properties.practiceOriginality())));
    }

    private Optional<ActiveCoach> coachFor(Certificate certificate) {
        List<ActiveCoach> coaches = SystemUser.call(employees::activeCoaches).stream()
                .filter(coach -> !coach.id().equals(certificate.employee())).toList();
        return ActiveCoach.leastLoaded(coaches, Locale.forLanguageTag(certificate.language()),
                coach -> renewals.openFor(coach.value()));
    }

    private static String redoLink(Certificate certificate) {
        return certificate.kind() == CertificateKind.COACHING_PROGRAMME ? "coaching"
                : dev.podium.shared.CourseId.isValid(certificate.achievementId())
                        ? "courses/" + certificate.achievementId() : "certificates";
    }

    private boolean notify(EmployeeId recipient, String key, List<String> arguments, String link, String dedup) {
        return SystemUser.call(() -> notifications.notify(recipient, key, arguments, link, dedup));
    }
}
