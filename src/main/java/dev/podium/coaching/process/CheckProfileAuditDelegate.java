package dev.podium.coaching.process;

import dev.podium.coaching.ProgrammeStepService;
import dev.podium.shared.SystemUser;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Asks whether a coach approved the participant's profile audit. */
@Component("checkProfileAuditDelegate")
class CheckProfileAuditDelegate implements JavaDelegate {

    private final ProgrammeStepService steps;

    CheckProfileAuditDelegate(ProgrammeStepService steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long programmeId = CoachingProcess.programmeId(execution);
        execution.setVariable(CoachingProcess.PROFILE_AUDIT_DONE,
                SystemUser.call(() -> steps.checkProfileAudit(programmeId)));
    }
}
