package dev.podium.coaching.process;

import dev.podium.coaching.ProgrammeStepService;
import dev.podium.shared.SystemUser;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Asks whether the guidelines course and the attestation are both done. */
@Component("checkGuidelinesDelegate")
class CheckGuidelinesDelegate implements JavaDelegate {

    private final ProgrammeStepService steps;

    CheckGuidelinesDelegate(ProgrammeStepService steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long programmeId = CoachingProcess.programmeId(execution);
        execution.setVariable(CoachingProcess.GUIDELINES_DONE,
                SystemUser.call(() -> steps.checkGuidelines(programmeId)));
    }
}
