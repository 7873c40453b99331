package dev.podium.coaching.process;

import dev.podium.coaching.ProgrammeStepService;
import dev.podium.shared.SystemUser;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The practice period ended (goal met or time up): the final check-in is next. */
@Component("enterFinalCheckInDelegate")
class EnterFinalCheckInDelegate implements JavaDelegate {

    private final ProgrammeStepService steps;

    EnterFinalCheckInDelegate(ProgrammeStepService steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long programmeId = CoachingProcess.programmeId(execution);
        SystemUser.run(() -> steps.enterFinalCheckIn(programmeId));
    }
}
