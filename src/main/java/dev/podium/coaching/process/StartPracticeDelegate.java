package dev.podium.coaching.process;

import dev.podium.coaching.PracticePlan;
import dev.podium.coaching.ProgrammeStepService;
import dev.podium.shared.SystemUser;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Opens a practice period and sets its timers (ISO-8601 durations). */
@Component("startPracticeDelegate")
class StartPracticeDelegate implements JavaDelegate {

    private final ProgrammeStepService steps;

    StartPracticeDelegate(ProgrammeStepService steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long programmeId = CoachingProcess.programmeId(execution);
        PracticePlan plan = SystemUser.call(() -> steps.startPractice(programmeId));
        execution.setVariable(CoachingProcess.PRACTICE_PERIOD, plan.period().toString());
        execution.setVariable(CoachingProcess.MIDPOINT_AFTER, plan.midpoint().toString());
    }
}
