package dev.podium.shared;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import org.springframework.stereotype.Component;

/**
 * A named lease held in the database ({@code cluster_lease}), so that work which must happen once across all app
 * nodes (start-up steps, schedules, resubmitting events) runs on one node at a time.
 *
 * <p>A lease is taken by one statement whose affected-row count says who won: an {@code INSERT IGNORE} of a new row,
 * or an {@code UPDATE} of an expired one. That works on a single MariaDB server and on a Galera cluster alike (where
 * {@code GET_LOCK} is granted by each node on its own, so two app nodes on two database nodes could both hold it — see
 * docs/reliability.md — and where two nodes writing the same row at once see one of the commits fail certification:
 * that node simply did not get the lease). While the work runs the lease is
 * renewed every third of {@code podium.cluster.lease-duration}; a node that dies leaves a lease that expires by
 * itself. Expiry is computed from the application's {@link Clock}, so the nodes' clocks must agree (NTP) to well
 * within the lease duration.
 */
@Component
public class ClusterLock implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ClusterLock.class);
    private static final Duration POLL = Duration.ofMillis(250);

    private final DataSource dataSource;
    private final Clock clock;
    private final Duration leaseDuration;
    private final String node;
    private final ScheduledExecutorService renewals = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("cluster-lease-renewal").daemon(true).factory());

    // plain JDBC on a connection of its own (not the caller's transaction): every lease statement commits at once, and
    // the lock also serves Flyway's migration, before any transaction manager exists
    ClusterLock(DataSource dataSource, Clock clock, ClusterProperties properties) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.leaseDuration = properties.leaseDuration();
        this.node = properties.nodeId();
    }

    /** This node's name in {@code cluster_lease.owner} (before the per-lease suffix). */
    public String node() {
        return node;
    }

    /**
     * Runs the work while holding the named lease, waiting at most {@code wait} for it.
     *
     * @throws IllegalStateException when the lease could not be had in time
     */
    public <T> T callExclusively(String name, Duration wait, Supplier<T> work) {
        Objects.requireNonNull(work);
        Lease lease = acquire(name, wait)
                .orElseThrow(() -> new IllegalStateException("Another node holds the lock '" + name + "'"));
        ScheduledFuture<?> renewal = renewals.scheduleAtFixedRate(lease::renew, leaseDuration.toMillis() / 3,
                leaseDuration.toMillis() / 3, TimeUnit.MILLISECONDS);
        try {
            return work.get();
        } finally {
            renewal.cancel(false);
            lease.release();
        }
    }

    public void runExclusively(String name, Duration wait, Runnable work) {
        callExclusively(name, wait, () -> {
            work.run();
            return null;
        });
    }

    /**
     * Takes the named lease if it is free or expired, waiting at most {@code wait}; the caller must
     * {@link Lease#release() release} it. Prefer {@link #callExclusively}, which also renews it.
     */
    public java.util.Optional<Lease> acquire(String name, Duration wait) {
        long deadline = System.nanoTime() + Math.max(0, wait.toNanos());
        String owner = node + "/" + UUID.randomUUID();
        while (true) {
            if (tryAcquire(name, owner)) {
                return java.util.Optional.of(new Lease(name, owner));
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return java.util.Optional.empty();
            }
            try {
                Thread.sleep(Math.min(POLL.toMillis(), TimeUnit.NANOSECONDS.toMillis(left) + 1));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return java.util.Optional.empty();
            }
        }
    }

    private boolean tryAcquire(String name, String owner) {
        Instant now = clock.instant();
        Timestamp at = Timestamp.from(now);
        Timestamp until = Timestamp.from(now.plus(leaseDuration));
        try {
            if (update("INSERT IGNORE INTO cluster_lease (name, owner, acquired_at, expires_at) VALUES (?, ?, ?, ?)",
                    name, owner, at, until) == 1) {
                return true;
            }
            return update("UPDATE cluster_lease SET owner = ?, acquired_at = ?, expires_at = ? "
                    + "WHERE name = ? AND expires_at <= ?", owner, at, until, name, at) == 1;
        } catch (SQLTransactionRollbackException lost) {
            // Galera: another node wrote the same row at the same moment and its commit certified first (deadlock)
            log.debug("Lease '{}' went to another node at the same moment", name);
            return false;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not take the lease '" + name + "': " + e.getMessage(), e);
        }
    }

    /** Creates the lease table when it is missing: Flyway's migration itself runs under a lease (V12 creates it). */
    void ensureTable() {
        try {
            update("CREATE TABLE IF NOT EXISTS cluster_lease (name VARCHAR(100) NOT NULL, owner VARCHAR(200) NOT NULL, "
                    + "acquired_at DATETIME(6) NOT NULL, expires_at DATETIME(6) NOT NULL, PRIMARY KEY (name))");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the lease table: " + e.getMessage(), e);
        }
    }

    private int update(String sql, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            try (var statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    statement.setObject(i + 1, parameters[i]);
                }
                return statement.executeUpdate();
            }
        }
    }

    @Override
    public void destroy() {
        renewals.shutdownNow();
    }

    /** A lease this node holds until it is released or expires. */
    public final class Lease {

        private final String name;
        private final String owner;

        private Lease(String name, String owner) {
            this.name = name;
            this.owner = owner;
        }

        public String name() {
            return name;
        }

        /**
         * Extends the lease by the lease duration from now.
         *
         * @return false when the lease was lost (it expired and another node took it)
         */
        public boolean renew() {
            try {
                int renewed = update("UPDATE cluster_lease SET expires_at = ? WHERE name = ? AND owner = ?",
                        Timestamp.from(clock.instant().plus(leaseDuration)), name, owner);
                if (renewed != 1) {
                    log.warn("Lease '{}' was lost before the work finished: another node may run it too", name);
                    return false;
                }
                return true;
            } catch (SQLException | RuntimeException e) {
                log.warn("Could not renew lease '{}'", name, e);
                return false;
            }
        }

        public void release() {
            try {
                update("DELETE FROM cluster_lease WHERE name = ? AND owner = ?", name, owner);
            } catch (SQLException | RuntimeException e) {
                // the lease expires by itself
                log.warn("Could not release lease '{}'; it expires within {}", name, leaseDuration, e);
            }
        }
    }
}
