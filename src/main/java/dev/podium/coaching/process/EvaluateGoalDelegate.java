package dev.podium.coaching.process;

import dev.podium.coaching.ProgrammeStepService;
import dev.podium.shared.SystemUser;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Evaluates the practice goal against the participant's activity as it stands now. */
@Component("evaluateGoalDelegate")
class EvaluateGoalDelegate implements JavaDelegate {

    private final ProgrammeStepService steps;

    EvaluateGoalDelegate(ProgrammeStepService steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long programmeId = CoachingProcess.programmeId(execution);
        execution.setVariable(CoachingProcess.GOAL_MET, SystemUser.call(() -> steps.evaluateGoal(programmeId)));
    }
}
