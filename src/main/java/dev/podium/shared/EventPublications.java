package dev.podium.shared;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.stereotype.Component;

/**
 * Makes module events durable across crashes and failures. Every event with an after-commit listener is stored with
 * its listeners in the publishing transaction (Spring Modulith's event publication registry, table
 * {@code EVENT_PUBLICATION}); a listener that returns normally marks its publication complete. What is left
 * incomplete — the listener threw, or the node died between the commit and the listener — is resubmitted here: at
 * start-up and every {@code podium.events.resubmit-interval}, on one node at a time (cluster lease
 * {@value #LEASE}), once a publication is older than {@code resubmit-after}. Completed publications are deleted
 * after {@code keep-completed}. Listeners are idempotent, so a publication delivered twice (a node dying after the
 * listener's commit but before the completion was recorded) changes nothing.
 */
@Component
class EventPublications implements SmartLifecycle {

    static final String LEASE = "event-publications";
    private static final Logger log = LoggerFactory.getLogger(EventPublications.class);

    private final IncompleteEventPublications incomplete;
    private final CompletedEventPublications completed;
    private final ClusterLock lock;
    private final EventsProperties properties;
    private ScheduledExecutorService executor;

    EventPublications(IncompleteEventPublications incomplete, CompletedEventPublications completed, ClusterLock lock,
            EventsProperties properties) {
        this.incomplete = incomplete;
        this.completed = completed;
        this.lock = lock;
        this.properties = properties;
    }

    /** At start-up: what a node that died (this one, or another) left undone is done now. */
    @EventListener(ApplicationReadyEvent.class)
    void resubmitAtStart() {
        runOnce();
    }

    /**
     * Resubmits every incomplete publication older than {@code resubmit-after} and deletes the completed ones older
     * than {@code keep-completed}, if no other node is doing so right now.
     *
     * @return false when another node held the lease
     */
    boolean runOnce() {
        try {
            lock.runExclusively(LEASE, Duration.ZERO, () -> {
                incomplete.resubmitIncompletePublicationsOlderThan(properties.resubmitAfter());
                completed.deletePublicationsOlderThan(properties.keepCompleted());
            });
            return true;
        } catch (IllegalStateException busy) {
            log.debug("Another node resubmits the event publications this round");
            return false;
        } catch (RuntimeException e) {
            log.warn("Resubmitting event publications failed; the next round tries again", e);
            return true;
        }
    }

    @Override
    public synchronized void start() {
        if (properties.resubmitInterval().isZero()) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("event-resubmission")
                .daemon(true).factory());
        long every = properties.resubmitInterval().toMillis();
        executor.scheduleWithFixedDelay(this::runOnce, every, every, TimeUnit.MILLISECONDS);
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
