package dev.podium.learning;

import dev.podium.course.PracticeEvidence;
import dev.podium.policy.PolicyAttested;
import dev.podium.shared.SystemUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Completes the practice task a policy attestation evidences ({@code policy-attested}) once the policy module has
 * committed the attestation: the attestation stands on its own, and a problem here never undoes it.
 */
@Component
class PolicyEvidenceListener {

    private static final Logger log = LoggerFactory.getLogger(PolicyEvidenceListener.class);

    private final LearningService learning;

    PolicyEvidenceListener(LearningService learning) {
        this.learning = learning;
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(PolicyAttested attested) {
        try {
            SystemUser.run(() -> learning.recordEvidence(attested.employee(), PracticeEvidence.POLICY_ATTESTED));
        } catch (RuntimeException e) {
            // the event's publication stays incomplete and is delivered again (recording evidence twice adds nothing)
            log.warn("Could not complete the attestation task of {} for employee {}", attested.policyId(),
                    attested.employee(), e);
            throw e;
        }
    }
}
