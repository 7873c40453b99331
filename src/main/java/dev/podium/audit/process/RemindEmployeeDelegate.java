package dev.podium.audit.process;

import dev.podium.audit.AuditReviewSteps;
import dev.podium.shared.SystemUser;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Reminds the employee of a revision still waiting. */
@Component("remindEmployeeDelegate")
class RemindEmployeeDelegate implements JavaDelegate {

    private final AuditReviewSteps steps;

    RemindEmployeeDelegate(AuditReviewSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long auditId = ProfileAuditReviewProcess.auditId(execution);
        SystemUser.run(() -> steps.remindEmployee(auditId));
    }
}
