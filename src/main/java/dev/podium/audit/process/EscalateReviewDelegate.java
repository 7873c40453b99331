package dev.podium.audit.process;

import dev.podium.audit.AuditReviewSteps;
import dev.podium.shared.SystemUser;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Tells HR that a review is overdue. */
@Component("escalateReviewDelegate")
class EscalateReviewDelegate implements JavaDelegate {

    private final AuditReviewSteps steps;

    EscalateReviewDelegate(AuditReviewSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long auditId = ProfileAuditReviewProcess.auditId(execution);
        SystemUser.run(() -> steps.escalate(auditId));
    }
}
