package dev.podium.audit.process;

import dev.podium.audit.AuditReviewSteps;
import dev.podium.shared.SystemUser;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Publishes the approval of an audit. */
@Component("publishApprovalDelegate")
class PublishApprovalDelegate implements JavaDelegate {

    private final AuditReviewSteps steps;

    PublishApprovalDelegate(AuditReviewSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long auditId = ProfileAuditReviewProcess.auditId(execution);
        SystemUser.run(() -> steps.publishApproval(auditId));
    }
}
