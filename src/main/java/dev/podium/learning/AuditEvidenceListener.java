package dev.podium.learning;

import dev.podium.audit.ProfileAuditApproved;
import dev.podium.audit.ProfileAuditSubmitted;
import dev.podium.course.PracticeEvidence;
import dev.podium.shared.SystemUser;
import dev.podium.shared.EmployeeId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Completes the practice tasks a profile audit evidences ({@code audit-submitted}, {@code audit-approved}) once the
 * audit module has committed the submission or the approval: the audit stands on its own, and a problem here never
 * undoes it.
 */
@Component
class AuditEvidenceListener {

    private static final Logger log = LoggerFactory.getLogger(AuditEvidenceListener.class);

    private final LearningService learning;

    AuditEvidenceListener(LearningService learning) {
        this.learning = learning;
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(ProfileAuditSubmitted submitted) {
        record(submitted.employee(), PracticeEvidence.AUDIT_SUBMITTED);
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(ProfileAuditApproved approved) {
        // an approved audit was submitted too: a learner who enrolled after submitting gets both
        record(approved.employee(), PracticeEvidence.AUDIT_SUBMITTED);
        record(approved.employee(), PracticeEvidence.AUDIT_APPROVED);
    }

    private void record(EmployeeId employee, PracticeEvidence evidence) {
        try {
            SystemUser.run(() -> learning.recordEvidence(employee, evidence));
        } catch (RuntimeException e) {
            log.warn("Could not complete practice tasks from {} for employee {}", evidence.id(), employee, e);
        }
    }
}
