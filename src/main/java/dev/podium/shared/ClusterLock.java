package dev.podium.shared;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A named lock held in MariaDB ({@code GET_LOCK}), so that work which must happen once across all app nodes
 * (seeding, bootstrap, schedules) runs on one node at a time. The lock lives on one dedicated connection for
 * the duration of the work; the work itself may use any other connections and transactions.
 */
@Component
public class ClusterLock {

    private final JdbcTemplate jdbc;

    ClusterLock(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /**
     * Runs the work while holding the named lock, waiting at most {@code wait} for it.
     *
     * @throws IllegalStateException when the lock could not be had in time
     */
    public <T> T callExclusively(String name, Duration wait, Supplier<T> work) {
        Objects.requireNonNull(work);
        return jdbc.execute((ConnectionCallback<T>) connection -> {
            try (var acquire = connection.prepareStatement("SELECT GET_LOCK(?, ?)")) {
                acquire.setString(1, name);
                acquire.setLong(2, Math.max(0, wait.toSeconds()));
                try (var result = acquire.executeQuery()) {
                    if (!result.next() || result.getInt(1) != 1) {
                        throw new IllegalStateException("Another node holds the lock '" + name + "'");
                    }
                }
            }
            try {
                return work.get();
            } finally {
                try (var release = connection.prepareStatement("SELECT RELEASE_LOCK(?)")) {
                    release.setString(1, name);
                    release.execute();
                }
            }
        });
    }

    public void runExclusively(String name, Duration wait, Runnable work) {
        callExclusively(name, wait, () -> {
            work.run();
            return null;
        });
    }
}
