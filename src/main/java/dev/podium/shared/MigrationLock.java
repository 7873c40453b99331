package dev.podium.shared;

import java.sql.SQLException;
import java.time.Duration;
import org.flywaydb.core.Flyway;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.stereotype.Component;

/**
 * Flyway's migration under a cluster lease, so two nodes starting on one empty database do not migrate at once.
 * Flyway's own locking did not hold on the loopback Galera cluster (two nodes applied V3 at the same time and one
 * failed); DDL commits implicitly in MariaDB, which ends any lock a transaction holds.
 *
 * <p>The lease table must exist before the first migration, so on an empty database it is created first; Flyway, which
 * refuses a non-empty schema without history, is then told that this table is the schema's starting point (a baseline
 * at version 0, before V1). V12 creates the same table if it is missing.
 */
@Component
class MigrationLock implements FlywayMigrationStrategy {

    private final ClusterLock lock;

    MigrationLock(ClusterLock lock) {
        this.lock = lock;
    }

    @Override
    public void migrate(Flyway flyway) {
        lock.ensureTable();
        lock.runExclusively("flyway-migrate", Duration.ofMinutes(15), () -> {
            if (flyway.info().current() == null && onlyTheLeaseTable(flyway)) {
                Flyway.configure(flyway.getConfiguration().getClassLoader()).configuration(flyway.getConfiguration())
                        .baselineVersion("0").baselineDescription("cluster_lease before the first migration").load()
                        .baseline();
            }
            flyway.migrate();
        });
    }

    private static boolean onlyTheLeaseTable(Flyway flyway) {
        try (var connection = flyway.getConfiguration().getDataSource().getConnection();
                var statement = connection.createStatement();
                var result = statement.executeQuery("SELECT COUNT(*) FROM information_schema.tables "
                        + "WHERE table_schema = DATABASE() AND table_name <> 'cluster_lease'")) {
            return result.next() && result.getLong(1) == 0;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not look at the database before migrating: " + e.getMessage(), e);
        }
    }
}
