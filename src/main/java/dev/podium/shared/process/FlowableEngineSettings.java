package dev.podium.shared.process;

import org.flowable.engine.impl.persistence.entity.ExecutionEntity;
import org.flowable.engine.interceptor.IdentityLinkInterceptor;
import org.flowable.identitylink.service.impl.persistence.entity.IdentityLinkEntity;
import org.flowable.spring.SpringProcessEngineConfiguration;
import org.flowable.spring.boot.EngineConfigurationConfigurer;
import org.flowable.task.service.impl.persistence.entity.TaskEntity;
import org.springframework.stereotype.Component;

/**
 * Settings of the process engine that cut round trips to the database; every process of Podium runs with them.
 * Measured with {@code ProfileAuditBenchmark} (statements per audit, see the README).
 */
@Component
class FlowableEngineSettings implements EngineConfigurationConfigurer<SpringProcessEngineConfiguration> {

    @Override
    public void configure(SpringProcessEngineConfiguration engine) {
        // Executions and tasks count their timers, subscriptions, variables and links, so ending an execution need
        // not query eight tables to find out there is nothing to delete; the tree of an instance is read in one go.
        // Executions created before this setting carry their own flag, so existing instances keep working.
        engine.setEnableExecutionRelationshipCounts(true);
        engine.setEnableTaskRelationshipCounts(true);
        engine.setEnableEagerExecutionTreeFetching(true);
        // Flowable records every assignee as a "participant" of the process instance (two rows, runtime and
        // history, read again and deleted at the end) only for its "involved user" queries. Podium decides who may
        // see what from its own tables, never from those links, so they are not written.
        engine.setIdentityLinkInterceptor(new NoParticipantLinks());
    }

    /** Keeps the task's own assignee; adds no participant links to the process instance. */
    private static final class NoParticipantLinks implements IdentityLinkInterceptor {

        @Override
        public void handleCompleteTask(TaskEntity task) {
        }

        @Override
        public void handleAddIdentityLinkToTask(TaskEntity task, IdentityLinkEntity identityLink) {
        }

        @Override
        public void handleAddAssigneeIdentityLinkToTask(TaskEntity task, String assignee) {
        }

        @Override
        public void handleAddOwnerIdentityLinkToTask(TaskEntity task, String owner) {
        }

        @Override
        public void handleCreateProcessInstance(ExecutionEntity processInstance) {
        }

        @Override
        public void handleCreateSubProcessInstance(ExecutionEntity subProcessInstance, ExecutionEntity superExecution) {
        }
    }
}
