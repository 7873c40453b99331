package dev.podium.notification;

import dev.podium.shared.SystemUser;
import dev.podium.shared.ClusterLock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the e-mail digest on {@code podium.notification.digest-cron} on whichever node gets the cluster lock; the
 * others skip that round. Each person's digest is claimed in the database as well, so even two runs back to back send
 * nothing twice.
 */
@Component
@EnableScheduling
class DigestSchedule {

    private static final Logger log = LoggerFactory.getLogger(DigestSchedule.class);

    private final NotificationService notifications;
    private final ClusterLock lock;

    DigestSchedule(NotificationService notifications, ClusterLock lock) {
        this.notifications = notifications;
        this.lock = lock;
    }

    @Scheduled(cron = "${podium.notification.digest-cron:0 */15 * * * *}")
    void run() {
        try {
            lock.runExclusively("notification-digest", Duration.ZERO,
                    () -> SystemUser.run(notifications::sendDigests));
        } catch (IllegalStateException busy) {
            log.debug("Another node sends the digests this round");
        } catch (RuntimeException e) {
            log.warn("Digest run failed; the next run tries again", e);
        }
    }
}
