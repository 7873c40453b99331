package dev.podium.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podium.MutableClock;
import dev.podium.PodiumSpringTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The lease table on the real database: one holder at a time, a dead holder's lease expires and is taken over. */
@PodiumSpringTest
class ClusterLockIntegrationTest {

    @Autowired
    ClusterLock lock;
    @Autowired
    ClusterProperties properties;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void a_held_lease_is_refused_to_a_second_holder_until_it_is_released() {
        String name = name();
        ClusterLock.Lease first = lock.acquire(name, Duration.ZERO).orElseThrow();

        assertThat(lock.acquire(name, Duration.ZERO)).isEmpty();
        assertThatThrownBy(() -> lock.runExclusively(name, Duration.ofMillis(300), () -> { }))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining(name);

        first.release();
        assertThat(lock.callExclusively(name, Duration.ZERO, () -> "ran")).isEqualTo("ran");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cluster_lease WHERE name = ?", Integer.class, name))
                .as("released after the work").isZero();
    }

    @Test
    void contending_holders_run_one_at_a_time_and_each_runs_once() throws Exception {
        String name = name();
        int holders = 4;
        int rounds = 5;
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        AtomicInteger ran = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(holders);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < holders; i++) {
                done.add(pool.submit(() -> {
                    start.await();
                    for (int round = 0; round < rounds; round++) {
                        lock.runExclusively(name, Duration.ofSeconds(60), () -> {
                            mostAtOnce.accumulateAndGet(inside.incrementAndGet(), Math::max);
                            // a few statements of work while holding the lease
                            jdbc.queryForObject("SELECT COUNT(*) FROM cluster_lease", Integer.class);
                            ran.incrementAndGet();
                            inside.decrementAndGet();
                        });
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(mostAtOnce.get()).isOne();
        assertThat(ran.get()).isEqualTo(holders * rounds);
    }

    @Test
    void the_lease_of_a_holder_that_died_is_taken_over_once_it_expired() {
        String name = name();
        ClusterLock.Lease dead = lock.acquire(name, Duration.ZERO).orElseThrow();

        clock.advance(properties.leaseDuration().minusSeconds(1));
        assertThat(lock.acquire(name, Duration.ZERO)).as("not expired yet").isEmpty();

        clock.advance(Duration.ofSeconds(2));
        ClusterLock.Lease next = lock.acquire(name, Duration.ZERO).orElseThrow();

        // the old holder finds out, and its late release leaves the new holder's lease alone
        assertThat(dead.renew()).isFalse();
        dead.release();
        assertThat(lock.acquire(name, Duration.ZERO)).isEmpty();
        next.release();
    }

    @Test
    void a_renewed_lease_outlives_its_first_expiry() {
        String name = name();
        ClusterLock.Lease held = lock.acquire(name, Duration.ZERO).orElseThrow();
        Duration twoThirds = properties.leaseDuration().multipliedBy(2).dividedBy(3);

        clock.advance(twoThirds);
        assertThat(held.renew()).isTrue();
        clock.advance(twoThirds);

        assertThat(lock.acquire(name, Duration.ZERO)).isEmpty();
        held.release();
    }

    @Test
    void the_start_up_steps_ran_once_and_left_no_lease_behind() {
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM employee WHERE email = 'hr@podium.local'",
                Integer.class)).isOne();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cluster_lease WHERE name LIKE 'podium.people.%'",
                Integer.class)).isZero();
    }

    private static String name() {
        return "test-" + UUID.randomUUID();
    }
}
