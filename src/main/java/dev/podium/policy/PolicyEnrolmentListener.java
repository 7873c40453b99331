package dev.podium.policy;

import dev.podium.course.PracticeEvidence;
import dev.podium.learning.CourseAssigned;
import dev.podium.learning.CourseEnrolled;
import dev.podium.learning.LearningService;
import dev.podium.security.SystemUser;
import dev.podium.shared.EmployeeId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Someone who attested the current version of a policy before enrolling in its course (the course whose id is the
 * policy's) has done the course's attestation task: it is completed when they enrol, not at their next attestation.
 */
@Component
class PolicyEnrolmentListener {

    private static final Logger log = LoggerFactory.getLogger(PolicyEnrolmentListener.class);

    private final PolicyLibrary library;
    private final PolicyAttestationRepository attestations;
    private final LearningService learning;

    PolicyEnrolmentListener(PolicyLibrary library, PolicyAttestationRepository attestations,
            LearningService learning) {
        this.library = library;
        this.attestations = attestations;
        this.learning = learning;
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(CourseEnrolled enrolled) {
        library.policy(enrolled.course().value())
                .filter(policy -> attestations.attested(enrolled.employee().value(), policy.id(), policy.version()))
                .ifPresent(policy -> {
                    try {
                        SystemUser.run(() -> learning.recordEvidence(enrolled.employee(),
                                PracticeEvidence.POLICY_ATTESTED));
                    } catch (RuntimeException e) {
                        log.warn("Could not complete the attestation task of {} for employee {}", policy.id(),
                                enrolled.employee(), e);
                    }
                });
    }

    /** The same for a course assigned to many at once: one query for who of them attested. */
    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(CourseAssigned assigned) {
        library.policy(assigned.course().value()).ifPresent(policy -> {
            for (EmployeeId employee : attestations.attestedAmong(
                    assigned.employees().stream().map(EmployeeId::value).toList(), policy.id(), policy.version())
                    .stream().map(EmployeeId::of).toList()) {
                try {
                    SystemUser.run(() -> learning.recordEvidence(employee, PracticeEvidence.POLICY_ATTESTED));
                } catch (RuntimeException e) {
                    log.warn("Could not complete the attestation task of {} for employee {}", policy.id(), employee,
                            e);
                }
            }
        });
    }
}
