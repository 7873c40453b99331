package dev.podium.shared.process;

import java.time.Clock;
import java.util.Calendar;
import java.util.Date;
import java.util.TimeZone;
import org.flowable.engine.impl.persistence.entity.ExecutionEntity;
import org.flowable.engine.interceptor.IdentityLinkInterceptor;
import org.flowable.identitylink.service.impl.persistence.entity.IdentityLinkEntity;
import org.flowable.spring.SpringProcessEngineConfiguration;
import org.flowable.spring.boot.EngineConfigurationConfigurer;
import org.flowable.task.service.impl.persistence.entity.TaskEntity;
import org.springframework.stereotype.Component;

/**
 * Settings of the process engine: the application's clock, and settings that cut round trips to the database
 * (measured with {@code ProfileAuditBenchmark}, statements per audit, see the README). Every process runs with them.
 */
@Component
class FlowableEngineSettings implements EngineConfigurationConfigurer<SpringProcessEngineConfiguration> {

    private final Clock clock;

    FlowableEngineSettings(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void configure(SpringProcessEngineConfiguration engine) {
        // One "now" for the application and its processes: task creation times, due timers and history are compared
        // with moments the services take from the application's clock (a coach step "open for three days").
        engine.setClock(new ApplicationClock(clock));
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

    /** Flowable's clock reading the application's {@link Clock}; it cannot be set, only the application's can move. */
    private record ApplicationClock(Clock clock) implements org.flowable.common.engine.impl.runtime.Clock {

        @Override
        public Date getCurrentTime() {
            return Date.from(clock.instant());
        }

        @Override
        public Calendar getCurrentCalendar() {
            return getCurrentCalendar(getCurrentTimeZone());
        }

        @Override
        public Calendar getCurrentCalendar(TimeZone zone) {
            Calendar calendar = Calendar.getInstance(zone);
            calendar.setTimeInMillis(clock.millis());
            return calendar;
        }

        @Override
        public TimeZone getCurrentTimeZone() {
            return TimeZone.getTimeZone(clock.getZone());
        }

        @Override
        public void setCurrentTime(Date time) {
            throw new UnsupportedOperationException("Move the application's Clock instead of the engine's");
        }

        @Override
        public void setCurrentCalendar(Calendar time) {
            throw new UnsupportedOperationException("Move the application's Clock instead of the engine's");
        }

        @Override
        public void reset() {
            // nothing of its own to reset: it always reads the application's clock
        }
    }
}
