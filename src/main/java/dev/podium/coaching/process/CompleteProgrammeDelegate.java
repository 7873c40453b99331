package dev.podium.coaching.process;

import dev.podium.coaching.ProgrammeStepService;
import dev.podium.shared.SystemUser;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Closes the programme as completed (publishes {@code CoachingProgrammeCompleted}). */
@Component("completeProgrammeDelegate")
class CompleteProgrammeDelegate implements JavaDelegate {

    private final ProgrammeStepService steps;

    CompleteProgrammeDelegate(ProgrammeStepService steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long programmeId = CoachingProcess.programmeId(execution);
        SystemUser.run(() -> steps.complete(programmeId));
    }
}
