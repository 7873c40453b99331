package dev.podium.audit.process;

import dev.podium.audit.AuditService;
import dev.podium.audit.CoachAssignment;
import dev.podium.security.SystemUser;
import java.util.Date;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Assigns the review to a coach and sets the task's assignee and SLA moments. */
@Component("assignCoachDelegate")
class AssignCoachDelegate implements JavaDelegate {

    private final AuditService audits;

    AssignCoachDelegate(AuditService audits) {
        this.audits = audits;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CoachAssignment assignment = SystemUser.call(() ->
                audits.assignCoach(ProfileAuditReviewProcess.auditId(execution)));
        execution.setVariable(ProfileAuditReviewProcess.COACH_ID, Long.toString(assignment.coach().value()));
        execution.setVariable(ProfileAuditReviewProcess.COACH_REMINDER_AT, Date.from(assignment.reminderAt()));
        execution.setVariable(ProfileAuditReviewProcess.ESCALATION_AT, Date.from(assignment.escalationAt()));
    }
}
