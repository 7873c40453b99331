package dev.podium.certificate;

import dev.podium.shared.SystemUser;
import dev.podium.shared.ClusterLock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Component;

/**
 * Runs the renewal check daily ({@code podium.certificate.renewal-cron}) on a thread of its own. Every node runs it
 * under the cluster lock; a second run the same day finds the offers made and the reminders sent and changes
 * nothing. Not a Spring scheduler bean, so the application's own executors stay as Boot configures them.
 */
@Component
class RenewalSchedule implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RenewalSchedule.class);

    private final CertificateProperties properties;
    private final ClusterLock lock;
    private final CertificateService certificates;
    private ScheduledExecutorService executor;
    private CronExpression cron;

    RenewalSchedule(CertificateProperties properties, ClusterLock lock, CertificateService certificates) {
        this.properties = properties;
        this.lock = lock;
        this.certificates = certificates;
    }

    @Override
    public synchronized void start() {
        if ("-".equals(properties.renewalCron())) {
            return;
        }
        cron = CronExpression.parse(properties.renewalCron());
        executor = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("certificate-renewals")
                .daemon(true).factory());
        scheduleNext();
    }

    private void scheduleNext() {
        ZonedDateTime now = ZonedDateTime.now();
        ZonedDateTime next = cron.next(now);
        if (next != null && executor != null && !executor.isShutdown()) {
            executor.schedule(this::runOnce, Duration.between(now, next).toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void runOnce() {
        try {
            lock.runExclusively("certificate-renewals", Duration.ZERO,
                    () -> SystemUser.run(certificates::checkRenewals));
        } catch (RuntimeException e) {
            log.warn("The certificate renewal check did not run: {}", e.getMessage());
        } finally {
            scheduleNext();
        }
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
