package dev.podium.coaching.process;

import dev.podium.coaching.CoachTaskKind;
import java.util.Map;
import org.flowable.engine.delegate.DelegateExecution;

/** Names shared by the {@code coachingProgramme} BPMN file, its delegates and {@link FlowableCoachingWorkflow}. */
public final class CoachingProcess {

    public static final String KEY = "coachingProgramme";

    /** The programme's id (long); the business key is the same id as text. */
    static final String PROGRAMME_ID = "programmeId";
    /** The assigned coach's employee id as text: the assignee of coach tasks. */
    static final String COACH = "coach";
    static final String COACH_REMINDER_AFTER = "coachReminderAfter";
    static final String PRACTICE_PERIOD = "practicePeriod";
    static final String MIDPOINT_AFTER = "midpointAfter";

    // routing variables, set by delegates from the services' answers
    static final String GUIDELINES_DONE = "guidelinesDone";
    static final String PROFILE_AUDIT_DONE = "profileAuditDone";
    static final String GOAL_MET = "goalMet";
    /** {@code COMPLETE} or {@code EXTEND}, set when the coach completes the final check-in. */
    static final String DECISION = "decision";

    static final String MILESTONE_MESSAGE = "coachingMilestone";
    static final String ACTIVITY_MESSAGE = "coachingActivityImported";

    /** User task ids per coach step. */
    static final Map<CoachTaskKind, String> TASKS = Map.of(CoachTaskKind.AGREE_TOPICS, "agreeTopics",
            CoachTaskKind.MIDPOINT_CHECK_IN, "midpointCheckIn", CoachTaskKind.FINAL_CHECK_IN, "finalCheckIn");

    private CoachingProcess() {
    }

    static long programmeId(DelegateExecution execution) {
        return ((Number) execution.getVariable(PROGRAMME_ID)).longValue();
    }

    static CoachTaskKind kindOf(String taskDefinitionKey) {
        return TASKS.entrySet().stream().filter(e -> e.getValue().equals(taskDefinitionKey)).map(Map.Entry::getKey)
                .findFirst().orElseThrow(() -> new IllegalStateException("Not a coach task: " + taskDefinitionKey));
    }
}
