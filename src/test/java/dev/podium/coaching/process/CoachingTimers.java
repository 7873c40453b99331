package dev.podium.coaching.process;

import java.util.concurrent.TimeUnit;
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

    /** Fires the programme's timer on that BPMN element (for example {@code midpointReached}). */
    public void fire(long programmeId, String elementId) {
        // the async executor polls the same job tables: a deadlock between it and this thread is retried, as
        // Flowable itself would retry the job
        for (int attempt = 1; ; attempt++) {
            try {
                fireOnce(programmeId, elementId);
                return;
            } catch (RuntimeException e) {
                if (attempt >= 5 || !deadlock(e)) {
                    throw e;
                }
                sleep(100L * attempt);
            }
        }
    }

    private void fireOnce(long programmeId, String elementId) {
        Job timer = management.createTimerJobQuery().processInstanceId(instance(programmeId).getId())
                .elementId(elementId).singleResult();
        if (timer == null) {
            throw new IllegalStateException("Programme " + programmeId + " has no timer on " + elementId);
        }
        // a deadlock while moving leaves the timer where it was: the caller tries again
        Job job = management.moveTimerToExecutableJob(timer.getId());
        try {
            management.executeJob(job.getId());
        } catch (RuntimeException takenByTheAsyncExecutor) {
            // the async executor may pick the job up first, or this run lost a deadlock and the executor retries
            // it: wait until it is done (or failed for good)
            awaitGone(job.getId());
        }
    }

    private static boolean deadlock(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && cause.getMessage().contains("Deadlock found")) {
                return true;
            }
        }
        return false;
    }

    private static void sleep(long millis) {
        try {
            TimeUnit.MILLISECONDS.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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

    private void awaitGone(String jobId) {
        for (int i = 0; i < 300 && management.createJobQuery().jobId(jobId).count() > 0; i++) {
            try {
                TimeUnit.MILLISECONDS.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
