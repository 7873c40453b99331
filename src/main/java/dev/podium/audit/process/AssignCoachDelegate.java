package dev.podium.audit.process;

import dev.podium.audit.AuditReviewSteps;
import dev.podium.audit.CoachAssignment;
import dev.podium.shared.SystemUser;
import java.util.Date;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Assigns the review to a coach and hands the task's assignee and SLA moments to the steps that follow. */
@Component("assignCoachDelegate")
class AssignCoachDelegate implements JavaDelegate {

    private final AuditReviewSteps steps;

    AssignCoachDelegate(AuditReviewSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CoachAssignment assignment = SystemUser.call(() ->
                steps.assignCoach(ProfileAuditReviewProcess.auditId(execution)));
        // Transient: read only while entering the review task in this same transaction (its assignee and its two
        // timers); the audit row keeps them, so persisting them again would cost rows and statements for nothing.
        execution.setTransientVariable(ProfileAuditReviewProcess.COACH_ID, Long.toString(assignment.coach().value()));
        execution.setTransientVariable(ProfileAuditReviewProcess.COACH_REMINDER_AT, Date.from(assignment.reminderAt()));
        execution.setTransientVariable(ProfileAuditReviewProcess.ESCALATION_AT, Date.from(assignment.escalationAt()));
    }
}
