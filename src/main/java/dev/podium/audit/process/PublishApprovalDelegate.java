package dev.podium.audit.process;

import dev.podium.audit.AuditService;
import dev.podium.security.SystemUser;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Publishes the approval of an audit. */
@Component("publishApprovalDelegate")
class PublishApprovalDelegate implements JavaDelegate {

    private final AuditService audits;

    PublishApprovalDelegate(AuditService audits) {
        this.audits = audits;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long auditId = ProfileAuditReviewProcess.auditId(execution);
        SystemUser.run(() -> audits.publishApproval(auditId));
    }
}
