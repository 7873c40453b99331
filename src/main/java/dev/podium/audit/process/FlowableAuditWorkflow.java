package dev.podium.audit.process;

import dev.podium.audit.AuditWorkflow;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.flowable.engine.HistoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.task.api.Task;
import org.springframework.stereotype.Component;

/** The audit service's door to Flowable: starts, advances and ends {@code profileAuditReview} instances. */
@Component
class FlowableAuditWorkflow implements AuditWorkflow {

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final HistoryService history;

    FlowableAuditWorkflow(RuntimeService runtime, TaskService tasks, HistoryService history) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.history = history;
    }

    @Override
    public void start(long auditId, String employeeId) {
        runtime.startProcessInstanceByKey(ProfileAuditReviewProcess.KEY, Long.toString(auditId),
                Map.of(ProfileAuditReviewProcess.AUDIT_ID, auditId, ProfileAuditReviewProcess.EMPLOYEE_ID, employeeId));
    }

    @Override
    public void reviewed(long auditId, boolean approved, Instant revisionReminderAt) {
        // Transient: the gateway and the revision timer read them while completing the task; the audit row keeps the
        // decision, so nothing is stored twice.
        Map<String, Object> decision = new HashMap<>();
        decision.put(ProfileAuditReviewProcess.APPROVED, approved);
        if (revisionReminderAt != null) {
            decision.put(ProfileAuditReviewProcess.REVISION_REMINDER_AT, Date.from(revisionReminderAt));
        }
        tasks.complete(task(auditId, ProfileAuditReviewProcess.COACH_REVIEW).getId(), Map.of(), decision);
    }

    @Override
    public void resubmitted(long auditId) {
        tasks.complete(task(auditId, ProfileAuditReviewProcess.EMPLOYEE_REVISION).getId());
    }

    @Override
    public void reassigned(long auditId, String coachId) {
        ProcessInstance instance = instance(auditId);
        Task review = tasks.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(ProfileAuditReviewProcess.COACH_REVIEW).singleResult();
        if (review != null) {
            tasks.setAssignee(review.getId(), coachId);
        }
    }

    @Override
    public void cancel(long auditId, String reason) {
        ProcessInstance instance = runtime.createProcessInstanceQuery()
                .processDefinitionKey(ProfileAuditReviewProcess.KEY).processInstanceBusinessKey(Long.toString(auditId))
                .singleResult();
        if (instance != null) {
            runtime.deleteProcessInstance(instance.getId(), reason);
        }
    }

    @Override
    public void erase(long auditId) {
        String key = Long.toString(auditId);
        runtime.createProcessInstanceQuery().processDefinitionKey(ProfileAuditReviewProcess.KEY)
                .processInstanceBusinessKey(key).list()
                .forEach(instance -> runtime.deleteProcessInstance(instance.getId(), "personal data erased"));
        history.createHistoricProcessInstanceQuery().processDefinitionKey(ProfileAuditReviewProcess.KEY)
                .processInstanceBusinessKey(key).list()
                .forEach(instance -> history.deleteHistoricProcessInstance(instance.getId()));
    }

    private ProcessInstance instance(long auditId) {
        ProcessInstance instance = runtime.createProcessInstanceQuery()
                .processDefinitionKey(ProfileAuditReviewProcess.KEY).processInstanceBusinessKey(Long.toString(auditId))
                .singleResult();
        if (instance == null) {
            throw new IllegalStateException("no review process for audit " + auditId);
        }
        return instance;
    }

    private Task task(long auditId, String definitionKey) {
        Task task = tasks.createTaskQuery().processDefinitionKey(ProfileAuditReviewProcess.KEY)
                .processInstanceBusinessKey(Long.toString(auditId)).taskDefinitionKey(definitionKey).singleResult();
        if (task == null) {
            throw new IllegalStateException("audit " + auditId + " has no " + definitionKey + " task");
        }
        return task;
    }
}
