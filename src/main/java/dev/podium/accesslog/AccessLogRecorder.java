package dev.podium.accesslog;

import dev.podium.shared.AccessLog;
import dev.podium.shared.AccessLogAction;
import dev.podium.shared.ClusterProperties;
import dev.podium.shared.CurrentUser;
import dev.podium.shared.EmployeeId;
import dev.podium.shared.SignedInUser;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the access log for every module. Not a secured service: any caller that may take an action may record it
 * (the system included); reading the log is {@link AccessLogService}'s, for HR only.
 */
@Component
class AccessLogRecorder implements AccessLog {

    private final AccessLogStore store;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final String node;
    private final TransactionTemplate ownTransaction;

    AccessLogRecorder(AccessLogStore store, CurrentUser currentUser, Clock clock, ClusterProperties cluster,
            PlatformTransactionManager transactions) {
        this.store = store;
        this.currentUser = currentUser;
        this.clock = clock;
        this.node = cluster.nodeId();
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public void record(AccessLogAction action, @Nullable EmployeeId person, @Nullable String group, String detail) {
        Objects.requireNonNull(action);
        Objects.requireNonNull(detail);
        Optional<SignedInUser> user = currentUser.get();
        EmployeeId actorId = user.map(SignedInUser::employeeId).orElse(null);
        String actorName = user.map(SignedInUser::username).orElseGet(AccessLogRecorder::callerName);
        Runnable insert = () -> store.insert(clock.instant(), actorId, actorName, action, person, group, detail, node);
        // a write joins the action's transaction (rolls back with it); a read has none worth joining
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            insert.run();
        } else {
            ownTransaction.executeWithoutResult(status -> insert.run());
        }
    }

    // CurrentUser knows only signed-in people; the system (SystemUser) and other callers are named by their
    // authentication, so the log never shows a blank actor
    private static String callerName() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || authentication.getName() == null ? "anonymous" : authentication.getName();
    }
}
