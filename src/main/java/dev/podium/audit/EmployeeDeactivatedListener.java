package dev.podium.audit;

import dev.podium.people.EmployeeDeactivated;
import dev.podium.shared.SystemUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A person who leaves has no open audit any more: it is cancelled and its review process ends; the reviews a leaving
 * coach held go to another coach.
 */
@Component
class EmployeeDeactivatedListener {

    private final AuditReviewSteps steps;

    EmployeeDeactivatedListener(AuditReviewSteps steps) {
        this.steps = steps;
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(EmployeeDeactivated deactivated) {
        SystemUser.run(() -> {
            steps.cancelOpenAuditOf(deactivated.employeeId());
            steps.handOverReviewsOf(deactivated.employeeId());
        });
    }
}
