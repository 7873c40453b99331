package dev.podium.coaching;

import dev.podium.shared.EmployeeId;
import java.time.Duration;
import java.util.List;

/**
 * The programme process as the coaching services see it; implemented in {@code coaching.process} so that only that
 * package touches Flowable (and the module's root never depends on it). Each call runs in the caller's transaction.
 */
public interface CoachingWorkflow {

    /** Starts the process of a newly opened programme; the coach's tasks go to {@code coach}. */
    void start(long programmeId, EmployeeId coach, Duration coachReminderAfter);

    /** Wakes a programme waiting for a milestone; one not waiting for one (yet, or any more) ignores it. */
    void milestoneReached(long programmeId);

    /** Lets a programme in its practice period evaluate its goal again. */
    void activityImported(long programmeId);

    /**
     * Completes the programme's open task of that kind for that coach.
     *
     * @return false when no such task waits (already done, another stage, or another coach's)
     */
    boolean completeCoachTask(long programmeId, CoachTaskKind kind, EmployeeId coach, CheckInDecision decision);

    /** The coach's open tasks in all programmes, oldest first. */
    List<OpenCoachTask> openTasksOf(EmployeeId coach);

    /** The open coach tasks of one programme, oldest first. */
    List<OpenCoachTask> openTasksOf(long programmeId);

    /** Hands the programme's open and future coach tasks to another coach. */
    void reassign(long programmeId, EmployeeId coach);

    /** Ends the programme's process wherever it waits. */
    void cancel(long programmeId, String reason);

    /**
     * The participant's data must go: ends the programme's process if it still runs and deletes its history
     * (variables, tasks, comments, identity links), so the engine's tables keep nothing of the programme either.
     */
    void erase(long programmeId);
}
