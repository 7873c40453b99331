package dev.podium.audit.process;

import dev.podium.audit.AuditService;
import dev.podium.security.SystemUser;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Reminds the coach of a review past its due date. */
@Component("remindCoachDelegate")
class RemindCoachDelegate implements JavaDelegate {

    private final AuditService audits;

    RemindCoachDelegate(AuditService audits) {
        this.audits = audits;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long auditId = ProfileAuditReviewProcess.auditId(execution);
        SystemUser.run(() -> audits.remindCoach(auditId));
    }
}
