package dev.podium.coaching.process;

import dev.podium.coaching.CheckInDecision;
import dev.podium.coaching.CoachTaskKind;
import dev.podium.coaching.CoachingWorkflow;
import dev.podium.coaching.OpenCoachTask;
import dev.podium.shared.EmployeeId;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flowable.engine.HistoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.runtime.Execution;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.task.api.Task;
import org.springframework.stereotype.Component;

/**
 * The coaching module's only door to Flowable ({@link CoachingWorkflow} implemented on {@code coachingProgramme}):
 * starts programme processes, delivers milestones and imports as messages, completes and lists coach tasks. Runs in
 * the caller's transaction, so a step and the programme's row commit or roll back together.
 */
@Component
class FlowableCoachingWorkflow implements CoachingWorkflow {

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final HistoryService history;

    FlowableCoachingWorkflow(RuntimeService runtime, TaskService tasks, HistoryService history) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.history = history;
    }

    @Override
    public void start(long programmeId, EmployeeId coach, Duration coachReminderAfter) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(CoachingProcess.PROGRAMME_ID, programmeId);
        variables.put(CoachingProcess.COACH, coach.toString());
        variables.put(CoachingProcess.COACH_REMINDER_AFTER, coachReminderAfter.toString());
        runtime.createProcessInstanceBuilder().processDefinitionKey(CoachingProcess.KEY)
                .businessKey(Long.toString(programmeId)).variables(variables).start();
    }

    @Override
    public void milestoneReached(long programmeId) {
        deliver(programmeId, CoachingProcess.MILESTONE_MESSAGE);
    }

    @Override
    public void activityImported(long programmeId) {
        deliver(programmeId, CoachingProcess.ACTIVITY_MESSAGE);
    }

    @Override
    public boolean completeCoachTask(long programmeId, CoachTaskKind kind, EmployeeId coach,
            CheckInDecision decision) {
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(Long.toString(programmeId))
                .processDefinitionKey(CoachingProcess.KEY).taskDefinitionKey(CoachingProcess.TASKS.get(kind))
                .taskAssignee(coach.toString()).singleResult();
        if (task == null) {
            return false;
        }
        Map<String, Object> variables = new HashMap<>();
        if (decision != null) {
            variables.put(CoachingProcess.DECISION, decision.name());
        }
        tasks.complete(task.getId(), variables);
        return true;
    }

    @Override
    public List<OpenCoachTask> openTasksOf(EmployeeId coach) {
        return tasks.createTaskQuery().processDefinitionKey(CoachingProcess.KEY).taskAssignee(coach.toString())
                .includeProcessVariables().orderByTaskCreateTime().asc().list().stream().map(this::open).toList();
    }

    @Override
    public List<OpenCoachTask> openTasksOf(long programmeId) {
        return tasks.createTaskQuery().processDefinitionKey(CoachingProcess.KEY)
                .processInstanceBusinessKey(Long.toString(programmeId)).includeProcessVariables()
                .orderByTaskCreateTime().asc().list().stream().map(this::open).toList();
    }

    @Override
    public void reassign(long programmeId, EmployeeId coach) {
        instance(programmeId).ifPresent(instance -> {
            runtime.setVariable(instance.getId(), CoachingProcess.COACH, coach.toString());
            tasks.createTaskQuery().processInstanceId(instance.getId()).list()
                    .forEach(task -> tasks.setAssignee(task.getId(), coach.toString()));
        });
    }

    @Override
    public void cancel(long programmeId, String reason) {
        instance(programmeId).ifPresent(instance -> runtime.deleteProcessInstance(instance.getId(), reason));
    }

    @Override
    public void erase(long programmeId) {
        String key = Long.toString(programmeId);
        runtime.createProcessInstanceQuery().processInstanceBusinessKey(key, CoachingProcess.KEY).list()
                .forEach(instance -> runtime.deleteProcessInstance(instance.getId(), "personal data erased"));
        history.createHistoricProcessInstanceQuery().processDefinitionKey(CoachingProcess.KEY)
                .processInstanceBusinessKey(key).list()
                .forEach(instance -> history.deleteHistoricProcessInstance(instance.getId()));
    }

    private void deliver(long programmeId, String message) {
        instance(programmeId).ifPresent(instance -> {
            Execution waiting = runtime.createExecutionQuery().processInstanceId(instance.getId())
                    .messageEventSubscriptionName(message).singleResult();
            if (waiting != null) {
                runtime.messageEventReceived(message, waiting.getId());
            }
        });
    }

    private Optional<ProcessInstance> instance(long programmeId) {
        return Optional.ofNullable(runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(Long.toString(programmeId), CoachingProcess.KEY).singleResult());
    }

    private OpenCoachTask open(Task task) {
        long programmeId = ((Number) task.getProcessVariables().get(CoachingProcess.PROGRAMME_ID)).longValue();
        return new OpenCoachTask(programmeId, CoachingProcess.kindOf(task.getTaskDefinitionKey()),
                EmployeeId.of(Long.parseLong(task.getAssignee())), task.getCreateTime().toInstant());
    }
}
