package dev.podium.shared.process;

import dev.podium.shared.PersonalDataSink;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.flowable.engine.HistoryService;
import org.flowable.engine.history.HistoricActivityInstance;
import org.flowable.engine.history.HistoricProcessInstance;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Writes the workflow history of a person's processes for "My data": every step each process took (Flowable's
 * ACT_HI_* tables, through its {@link HistoryService}), with when it started and ended and who held it. The modules
 * that own a process (their {@code process} packages) know which business keys are the person's and call this; views
 * never reach Flowable.
 */
@Component
public class WorkflowHistoryExport {

    /** Steps of no interest to a person: the arrows between steps. */
    private static final List<String> SKIPPED = List.of("sequenceFlow");

    private final HistoryService history;

    WorkflowHistoryExport(HistoryService history) {
        this.history = history;
    }

    /** Writes the section {@code name}: one row per step of the processes of {@code processKey} with these keys. */
    public void write(PersonalDataSink sink, String name, String processKey, Collection<String> businessKeys) {
        sink.section(name, List.of("process", "business_key", "process_started_at", "process_ended_at",
                "process_end_reason", "step", "step_type", "step_started_at", "step_ended_at", "assignee"));
        for (String businessKey : businessKeys) {
            List<HistoricProcessInstance> instances = history.createHistoricProcessInstanceQuery()
                    .processDefinitionKey(processKey).processInstanceBusinessKey(businessKey)
                    .orderByProcessInstanceStartTime().asc().list();
            for (HistoricProcessInstance instance : instances) {
                List<HistoricActivityInstance> steps = history.createHistoricActivityInstanceQuery()
                        .processInstanceId(instance.getId()).orderByHistoricActivityInstanceStartTime().asc()
                        .list();
                for (HistoricActivityInstance step : steps) {
                    if (SKIPPED.contains(step.getActivityType())) {
                        continue;
                    }
                    sink.row(Arrays.<@Nullable Object>asList(processKey, businessKey,
                            instant(instance.getStartTime()), instant(instance.getEndTime()),
                            instance.getDeleteReason(), step.getActivityName() != null ? step.getActivityName()
                                    : step.getActivityId(), step.getActivityType(), instant(step.getStartTime()),
                            instant(step.getEndTime()), step.getAssignee()));
                }
            }
        }
    }

    private static java.time.@Nullable Instant instant(java.util.@Nullable Date date) {
        return date == null ? null : date.toInstant();
    }
}
