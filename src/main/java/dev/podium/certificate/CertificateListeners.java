package dev.podium.certificate;

import dev.podium.coaching.CoachingProgrammeCompleted;
import dev.podium.learning.CourseCompleted;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issues certificates when a certifying course or the coaching programme is completed, in a transaction of its own
 * after the completion committed. Each completion issues once: a redelivered event finds the earlier certificate.
 */
@Component
class CertificateListeners {

    private static final Logger log = LoggerFactory.getLogger(CertificateListeners.class);

    private final CertificateIssuer issuer;
    private final TransactionTemplate separately;

    CertificateListeners(CertificateIssuer issuer, PlatformTransactionManager transactionManager) {
        this.issuer = issuer;
        this.separately = new TransactionTemplate(transactionManager);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @TransactionalEventListener(fallbackExecution = true)
    public void on(CourseCompleted completed) {
        if (!completed.certificate()) {
            return;
        }
        issue(new CertificateIssuer.Request(completed.employee(), CertificateKind.COURSE, completed.course().value(),
                completed.versionLabel(), "course-" + completed.completedAt().toEpochMilli(), null, null));
    }

    @TransactionalEventListener(fallbackExecution = true)
    public void on(CoachingProgrammeCompleted completed) {
        issue(new CertificateIssuer.Request(completed.employee(), CertificateKind.COACHING_PROGRAMME,
                Achievement.COACHING_PROGRAMME, null, "programme-" + completed.programmeId(), null, null));
    }

    private void issue(CertificateIssuer.Request request) {
        try {
            Certificate issued = separately.execute(status -> issuer.issue(request));
            log.info("Certificate {} for {} ({}) of employee {}", issued.id(), request.achievementId(),
                    request.completionKey(), request.employee());
        } catch (DataIntegrityViolationException raced) {
            // another node took the same event at the same moment and issued it (unique completion key)
            log.info("Certificate for {} of employee {} already issued elsewhere", request.completionKey(),
                    request.employee());
        }
    }
}
