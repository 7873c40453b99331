package dev.podium.coaching;

import dev.podium.people.WaveLaunched;
import dev.podium.people.WaveService;
import dev.podium.security.SystemUser;
import dev.podium.shared.EmployeeId;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Coaching's part of the rollout: starts the coaching programme for every member of a launched wave that includes
 * it, the same way HR assigns it to one person. Each start is a transaction of its own: someone already in a
 * programme (or with no coach to be had) is skipped and logged, the others still start.
 */
@Component
class WaveProgrammes {

    private static final Logger log = LoggerFactory.getLogger(WaveProgrammes.class);
    private static final int PAGE = 500;

    private final WaveService waves;
    private final CoachingService coaching;
    private final TransactionTemplate separately;

    WaveProgrammes(WaveService waves, CoachingService coaching, PlatformTransactionManager transactions) {
        this.waves = waves;
        this.coaching = coaching;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @TransactionalEventListener(fallbackExecution = true)
    public void on(WaveLaunched launched) {
        if (!launched.coachingProgramme()) {
            return;
        }
        SystemUser.run(() -> {
            long after = 0;
            int started = 0;
            int skipped = 0;
            int failed = 0;
            List<EmployeeId> page;
            do {
                page = waves.members(launched.waveId(), after, PAGE);
                for (EmployeeId member : page) {
                    try {
                        separately.executeWithoutResult(status -> coaching.assign(member));
                        started++;
                    } catch (CoachingRuleViolation e) {
                        skipped++;
                        log.debug("Wave {}: no programme started for {}: {}", launched.waveId(), member,
                                e.getMessage());
                    } catch (RuntimeException e) {
                        failed++;
                        log.warn("Wave {}: could not start the programme for {}", launched.waveId(), member, e);
                    }
                }
                if (!page.isEmpty()) {
                    after = page.getLast().value();
                }
            } while (page.size() == PAGE);
            log.info("Wave {}: coaching programme started for {}, skipped {}", launched.waveId(), started, skipped);
            if (failed > 0) {
                // the publication stays incomplete and is delivered again: those started by now are skipped then
                throw new IllegalStateException("Wave " + launched.waveId() + ": the programme could not be started "
                        + "for " + failed + " member(s); trying again later");
            }
        });
    }
}
