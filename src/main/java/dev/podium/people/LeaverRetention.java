package dev.podium.people;

import dev.podium.shared.AccessLog;
import dev.podium.shared.AccessLogAction;
import dev.podium.shared.EmployeeId;
import dev.podium.shared.SystemUser;
import dev.podium.shared.ClusterLock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Erases the personal data of people who left longer ago than {@code podium.people.retention-after-leaving}: daily,
 * on one node (cluster lock). Each person in one transaction ({@link PersonalDataErasure}, the same as HR's erasure
 * on request): every module's eraser erases what it holds, then the person's own record and account lose name and
 * address — all of it or none.
 */
@Component
class LeaverRetention {

    private static final Logger log = LoggerFactory.getLogger(LeaverRetention.class);
    private static final int PAGE = 500;

    private final EmployeeRepository employees;
    private final PersonalDataErasure erasure;
    private final PeopleProperties properties;
    private final ClusterLock lock;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final AccessLog accessLog;

    LeaverRetention(EmployeeRepository employees, PersonalDataErasure erasure, PeopleProperties properties,
            ClusterLock lock, PlatformTransactionManager transactions, Clock clock, AccessLog accessLog) {
        this.accessLog = accessLog;
        this.employees = employees;
        this.erasure = erasure;
        this.properties = properties;
        this.lock = lock;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Scheduled(cron = "${podium.people.retention-cron:0 15 4 * * *}")
    void scheduled() {
        try {
            lock.runExclusively("people-retention", Duration.ZERO, () -> SystemUser.run(this::eraseExpired));
        } catch (IllegalStateException busy) {
            log.debug("Another node erases leavers' data this round");
        } catch (RuntimeException e) {
            log.warn("Erasing leavers' data failed; the next run tries again", e);
        }
    }

    /** Erases everyone whose retention period is over; returns how many. Runs as the system. */
    int eraseExpired() {
        Instant now = clock.instant();
        Instant leftBefore = now.atZone(ZoneOffset.UTC).minus(properties.retentionAfterLeaving()).toInstant();
        int erased = 0;
        long after = 0;
        List<Long> page;
        do {
            page = employees.findLeaversToErase(leftBefore, after, PageRequest.of(0, PAGE));
            for (Long id : page) {
                transaction.executeWithoutResult(status -> {
                    erasure.erase(id, now);
                    accessLog.record(AccessLogAction.PERSONAL_DATA_ERASED, EmployeeId.of(id), null,
                            "Leaver's retention period (" + properties.retentionAfterLeaving() + ") over");
                });
                erased++;
                after = id;
            }
        } while (page.size() == PAGE);
        if (erased > 0) {
            log.info("Erased the personal data of {} leaver(s) who left before {}", erased, leftBefore);
        }
        return erased;
    }
}
