package dev.podium.coaching.process;

import dev.podium.coaching.OpenCoachTask;
import dev.podium.coaching.ProgrammeStepService;
import dev.podium.shared.SystemUser;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Runs on the process's recurring timer: nudges a participant whose programme stalled and reminds the coach of
 * steps left open too long. The service decides whether anything is due; de-duplication keys make repeats harmless.
 */
@Component("nudgeDelegate")
class NudgeDelegate implements JavaDelegate {

    private final ProgrammeStepService steps;
    private final FlowableCoachingWorkflow processes;

    NudgeDelegate(ProgrammeStepService steps, FlowableCoachingWorkflow processes) {
        this.steps = steps;
        this.processes = processes;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long programmeId = CoachingProcess.programmeId(execution);
        SystemUser.run(() -> {
            steps.nudgeIfStalled(programmeId);
            for (OpenCoachTask task : processes.openTasksOf(programmeId)) {
                steps.remindCoach(programmeId, task.kind(), task.coach(), task.since());
            }
        });
    }
}
