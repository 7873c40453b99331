package dev.podium.coaching.process;

import org.flowable.engine.ManagementService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.job.api.Job;
import org.springframework.stereotype.Component;

/**
 * Fires a programme's timers now instead of waiting weeks, and lets tests look into its process. Lives in a
 * {@code process} package: only those may use Flowable.
 */
@Component
public class CoachingTimers {

    private final ManagementService management;
    private final RuntimeService runtime;

    CoachingTimers(ManagementService management, RuntimeService runtime) {
        this.management = management;
        this.runtime = runtime;
    }

    /**
     * Fires the programme's timer on that BPMN element (for example {@code midpointReached}) here and now; the async
     * executor is off in tests, so no other thread races for the job.
     */
    public void fire(long programmeId, String elementId) {
        Job timer = management.createTimerJobQuery().processInstanceId(instance(programmeId).getId())
                .elementId(elementId).singleResult();
        if (timer == null) {
            throw new IllegalStateException("Programme " + programmeId + " has no timer on " + elementId);
        }
        Job job = management.moveTimerToExecutableJob(timer.getId());
        management.executeJob(job.getId());
    }

    /** Whether the programme's process still runs. */
    public boolean running(long programmeId) {
        return runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(Long.toString(programmeId), CoachingProcess.KEY).count() > 0;
    }

    /** Whether the programme's process waits for that message now. */
    public boolean waitsFor(long programmeId, String message) {
        return runtime.createExecutionQuery().processInstanceId(instance(programmeId).getId())
                .messageEventSubscriptionName(message).count() > 0;
    }

    private ProcessInstance instance(long programmeId) {
        return runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(Long.toString(programmeId), CoachingProcess.KEY).singleResult();
    }

}
