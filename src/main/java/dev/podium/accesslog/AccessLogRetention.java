package dev.podium.accesslog;

import dev.podium.shared.ClusterLock;
import dev.podium.shared.SystemUser;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes access-log rows older than {@code podium.access-log.retention}: daily, on one node (cluster lock). The
 * delete trigger lets through only rows older than the cut-off this job declares on its own connection (see V23).
 */
@Component
class AccessLogRetention {

    private static final Logger log = LoggerFactory.getLogger(AccessLogRetention.class);

    private final AccessLogStore store;
    private final AccessLogProperties properties;
    private final ClusterLock lock;
    private final TransactionTemplate transaction;
    private final Clock clock;

    AccessLogRetention(AccessLogStore store, AccessLogProperties properties, ClusterLock lock,
            PlatformTransactionManager transactions, Clock clock) {
        this.store = store;
        this.properties = properties;
        this.lock = lock;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Scheduled(cron = "${podium.access-log.retention-cron:0 45 4 * * *}")
    void scheduled() {
        try {
            lock.runExclusively("access-log-retention", Duration.ZERO, () -> SystemUser.run(this::purgeExpired));
        } catch (IllegalStateException busy) {
            log.debug("Another node purges the access log this round");
        } catch (RuntimeException e) {
            log.warn("Purging the access log failed; the next run tries again", e);
        }
    }

    /** Deletes every row recorded before now minus the retention; returns how many. */
    int purgeExpired() {
        Instant cutOff = clock.instant().atZone(ZoneOffset.UTC).minus(properties.retention()).toInstant();
        Integer purged = transaction.execute(status -> store.purgeBefore(cutOff));
        int count = purged == null ? 0 : purged;
        if (count > 0) {
            log.info("Purged {} access-log row(s) recorded before {}", count, cutOff);
        }
        return count;
    }
}
