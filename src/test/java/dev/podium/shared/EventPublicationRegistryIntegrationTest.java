package dev.podium.shared;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podium.MutableClock;
import dev.podium.PodiumSpringTest;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Health;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The event publication registry on the real database: each event is stored with its listener in the publishing
 * transaction, a listener that fails leaves it incomplete and the resubmission completes it, and what a crash left
 * behind is delivered by the start-up step.
 */
@PodiumSpringTest
class EventPublicationRegistryIntegrationTest {

    @Autowired
    ApplicationEventPublisher publisher;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    ProbeListener probe;
    @Autowired
    EventPublications publications;
    @Autowired
    EventsProperties properties;
    @Autowired
    EventPublicationRegistry registry;
    @Autowired
    EventPublicationsHealthIndicator health;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void a_delivered_event_is_stored_in_the_publishing_transaction_and_marked_complete() {
        String key = key();

        transactions.executeWithoutResult(status -> publisher.publishEvent(new ProbeEvent(key)));

        assertThat(probe.deliveries(key)).isOne();
        assertThat(publication(key)).containsEntry("STATUS", "COMPLETED");
        assertThat(publication(key).get("COMPLETION_DATE")).isNotNull();
    }

    @Test
    void an_event_whose_transaction_rolls_back_is_neither_stored_nor_delivered() {
        String key = key();

        transactions.executeWithoutResult(status -> {
            publisher.publishEvent(new ProbeEvent(key));
            status.setRollbackOnly();
        });

        assertThat(probe.deliveries(key)).isZero();
        assertThat(count(key)).isZero();
    }

    @Test
    void a_listener_that_fails_once_is_retried_and_completes() {
        String key = key();
        probe.failNext(key, 1);

        transactions.executeWithoutResult(status -> publisher.publishEvent(new ProbeEvent(key)));

        assertThat(probe.deliveries(key)).isZero();
        assertThat(publication(key)).containsEntry("STATUS", "FAILED");
        assertThat(publication(key).get("COMPLETION_DATE")).isNull();
        assertThat(health.health(true).getDetails()).containsKeys("failed", "oldestFailed", "oldestFailedAge");
        assertThat((Long) health.health(true).getDetails().get("failed")).isPositive();

        // too young: it could still be running on the node that published it
        publications.runOnce();
        assertThat(probe.deliveries(key)).isZero();

        clock.advance(properties.resubmitAfter().plusSeconds(1));
        assertThat(publications.runOnce()).isTrue();

        assertThat(probe.deliveries(key)).isOne();
        assertThat(publication(key)).containsEntry("STATUS", "COMPLETED");
        assertThat(publication(key).get("COMPLETION_DATE")).isNotNull();

        // completed publications are kept for a while, then deleted
        clock.advance(properties.keepCompleted().plusMinutes(1));
        publications.runOnce();
        assertThat(count(key)).isZero();
        assertThat(probe.deliveries(key)).isOne();
    }

    @Test
    void a_publication_left_incomplete_by_a_crash_is_delivered_by_the_start_up_step() {
        String key = key();
        // what a node leaves behind when it dies between the commit and the listener: the stored publication only
        transactions.executeWithoutResult(status -> registry.store(new ProbeEvent(key),
                Stream.of(PublicationTargetIdentifier.of(probeListenerId()))));
        assertThat(publication(key)).containsEntry("STATUS", "PUBLISHED");
        assertThat(probe.deliveries(key)).isZero();

        clock.advance(properties.resubmitAfter().plusSeconds(1));
        publications.resubmitAtStart();

        assertThat(probe.deliveries(key)).isOne();
        assertThat(publication(key)).containsEntry("STATUS", "COMPLETED");
    }

    @Test
    void only_one_node_resubmits_at_a_time() {
        ClusterLock.Lease other = lockHeldElsewhere();
        try {
            assertThat(publications.runOnce()).isFalse();
        } finally {
            other.release();
        }
        assertThat(publications.runOnce()).isTrue();
    }

    @Autowired
    ClusterLock lock;

    private ClusterLock.Lease lockHeldElsewhere() {
        return lock.acquire(EventPublications.LEASE, Duration.ofSeconds(5)).orElseThrow();
    }

    private String probeListenerId() {
        String key = key();
        transactions.executeWithoutResult(status -> publisher.publishEvent(new ProbeEvent(key)));
        return (String) publication(key).get("LISTENER_ID");
    }

    private Map<String, Object> publication(String key) {
        return jdbc.queryForMap("SELECT * FROM EVENT_PUBLICATION WHERE EVENT_TYPE = ? AND SERIALIZED_EVENT LIKE ?",
                ProbeEvent.class.getName(), "%\"" + key + "\"%");
    }

    private int count(String key) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE EVENT_TYPE = ? "
                + "AND SERIALIZED_EVENT LIKE ?", Integer.class, ProbeEvent.class.getName(), "%\"" + key + "\"%");
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }
}
