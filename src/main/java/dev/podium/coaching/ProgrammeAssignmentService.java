package dev.podium.coaching;

import dev.podium.shared.Roles;
import dev.podium.shared.EmployeeId;
import jakarta.annotation.security.RolesAllowed;
import java.util.Collection;
import java.util.LinkedHashSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Starts the coaching programme for many people at once (a page of a wave's members), each exactly as HR's
 * "assign" does. Each start is a transaction of its own: someone already in a programme (or with no coach to be had)
 * is skipped, the others still start; calling it again for the same people starts nobody twice.
 */
@Service
public class ProgrammeAssignmentService {

    private static final Logger log = LoggerFactory.getLogger(ProgrammeAssignmentService.class);

    private final CoachingService coaching;
    private final TransactionTemplate separately;

    ProgrammeAssignmentService(CoachingService coaching, PlatformTransactionManager transactions) {
        this.coaching = coaching;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @RolesAllowed(Roles.SYSTEM)
    public ProgrammeStarts assignAll(Collection<EmployeeId> people) {
        int started = 0;
        int skipped = 0;
        int failed = 0;
        for (EmployeeId person : new LinkedHashSet<>(people)) {
            try {
                separately.executeWithoutResult(status -> coaching.assign(person));
                started++;
            } catch (CoachingRuleViolation e) {
                skipped++;
                log.debug("No programme started for {}: {}", person, e.getMessage());
            } catch (RuntimeException e) {
                failed++;
                log.warn("Could not start the programme for {}", person, e);
            }
        }
        return new ProgrammeStarts(started, skipped, failed);
    }
}
