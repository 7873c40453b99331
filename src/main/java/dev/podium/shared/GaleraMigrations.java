package dev.podium.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Lets the migrations run on a MariaDB Galera cluster. Galera refuses {@code CREATE SEQUENCE} with a cache ("CACHE
 * without INCREMENT BY 0 in Galera cluster"), and every sequence in the migrations has MariaDB's default cache. On a
 * Galera node (wsrep_on) Flyway therefore reads copies of the migrations in which each {@code CREATE SEQUENCE}
 * without a cache clause gets {@code NOCACHE} (each NEXTVAL is then replicated; Hibernate asks once per 50 ids).
 * The change is made the same way at every start, so Flyway's checksums stay consistent for that database; a single
 * server keeps reading the migrations unchanged (and its recorded checksums). A database moved from a single server
 * to Galera keeps its cached sequences (MariaDB only refuses to create them) and its checksums.
 */
@Component
class GaleraMigrations implements FlywayConfigurationCustomizer {

    private static final Logger log = LoggerFactory.getLogger(GaleraMigrations.class);
    private static final Pattern SEQUENCE = Pattern.compile("(?is)(CREATE\\s+SEQUENCE\\b[^;]*?)(;)");
    private static final Pattern CACHE_CLAUSE = Pattern.compile("(?i)\\b(NO)?CACHE\\b");

    private final DataSource dataSource;

    GaleraMigrations(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void customize(FluentConfiguration configuration) {
        if (!galera()) {
            return;
        }
        try {
            Path folder = Files.createTempDirectory("podium-galera-migrations");
            folder.toFile().deleteOnExit();
            int changed = 0;
            var resolver = new PathMatchingResourcePatternResolver();
            for (var location : configuration.getLocations()) {
                String path = location.getDescriptor().replaceFirst("^classpath:", "");
                for (Resource script : resolver.getResources("classpath*:" + path + "/*.sql")) {
                    String sql = script.getContentAsString(StandardCharsets.UTF_8);
                    String adapted = withoutSequenceCache(sql);
                    changed += adapted.equals(sql) ? 0 : 1;
                    Path copy = folder.resolve(script.getFilename());
                    Files.writeString(copy, adapted, StandardCharsets.UTF_8);
                    copy.toFile().deleteOnExit();
                }
            }
            configuration.locations("filesystem:" + folder);
            log.info("Galera cluster: migrations read with NOCACHE sequences ({} script(s) adapted)", changed);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not prepare the migrations for Galera", e);
        }
    }

    static String withoutSequenceCache(String sql) {
        Matcher matcher = SEQUENCE.matcher(sql);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String statement = matcher.group(1);
            String replacement = CACHE_CLAUSE.matcher(statement).find() ? statement : statement + " NOCACHE";
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement + matcher.group(2)));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private boolean galera() {
        try (var connection = dataSource.getConnection();
                var statement = connection.createStatement();
                var result = statement.executeQuery("SHOW VARIABLES LIKE 'wsrep_on'")) {
            return result.next() && "ON".equalsIgnoreCase(result.getString(2));
        } catch (SQLException e) {
            // not MariaDB/MySQL, or not reachable yet: Flyway reports the real problem itself
            return false;
        }
    }
}
