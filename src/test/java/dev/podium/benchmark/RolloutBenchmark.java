package dev.podium.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podium.PodiumSpringTest;
import dev.podium.SignIn;
import dev.podium.people.DepartmentSummary;
import dev.podium.people.EmployeeService;
import dev.podium.people.HrisFile;
import dev.podium.people.HrisImportResult;
import dev.podium.people.HrisImportService;
import dev.podium.people.HrisMapping;
import dev.podium.people.HrisPreview;
import dev.podium.rollout.WavePlan;
import dev.podium.rollout.WaveLaunch;
import dev.podium.rollout.WaveService;
import dev.podium.shared.CourseId;
import jakarta.persistence.EntityManagerFactory;
import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Not a test: prints how the rollout behaves at scale. Run it with
 * {@code ./mvnw -B test -Dtest=RolloutBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * ({@code -Dpodium.benchmark.hris-rows=100000 -Dpodium.benchmark.wave-members=10000}). It imports a synthetic HRIS
 * file of that many people (100 departments, five levels of managers) through {@link HrisImportService}: read,
 * preview, import (with reporting's copy of everyone, which runs after the import's commit), then the same file
 * again (which must change nothing); the ceiling for the import is {@code LOAD DATA LOCAL INFILE} of the rows it
 * wrote (employees and accounts) into scratch copies of their tables in the same run, and the ratio is printed. Then
 * it launches a wave over enough departments for the wave size and prints the time until {@code launch} returns
 * (members fixed: what HR waits for), the time until every member is enrolled with the reporting copy following
 * (the launch's worker), and the number of statements Hibernate prepared, which must stay far below the number of
 * members (no statement per member). The data stays in the test database, which is recreated for each test run.
 * Figures and how to read them: docs/benchmarks.md.
 */
@PodiumSpringTest
class RolloutBenchmark {

    private static final int ROWS = Integer.getInteger("podium.benchmark.hris-rows", 100_000);
    private static final int WAVE = Integer.getInteger("podium.benchmark.wave-members", 10_000);
    private static final int DEPARTMENTS = 100;
    /** Names of its own, so the benchmark runs alone or after the others in one JVM. */
    private static final String DEPARTMENT_PREFIX = "Rollout bench ";
    private static final Path WORK = Path.of("target", "rollout-benchmark");

    @Autowired
    Clock clock;
    @Autowired
    HrisImportService imports;
    @Autowired
    WaveService waves;
    @Autowired
    EmployeeService employees;
    @Autowired
    UserDetailsService users;
    @Autowired
    EntityManagerFactory entityManagerFactory;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Environment environment;

    @Test
    void hris_import_and_wave_launch_at_scale() throws Exception {
        SignIn.as(users, "hr@podium.local");
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        try {
            byte[] csv = csv();
            System.out.printf("%nHRIS file: %,d rows, %,d bytes%n", ROWS, csv.length);
            HrisFile file = time("read", () -> imports.read("bench.csv", new ByteArrayInputStream(csv)));
            HrisMapping mapping = HrisMapping.guess(file.headers());
            HrisPreview preview = time("preview", () -> imports.preview(file, mapping, n -> { }).join());
            assertThat(preview.problems()).isEmpty();
            statistics.clear();
            long start = System.nanoTime();
            HrisImportResult result = imports.importFile(file, mapping, n -> { }).join();
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("import: %,d created in %.1f s = %,.0f rows/s; %,d statements prepared, "
                    + "%,d entities inserted, %,d updated%n", result.created(), seconds, ROWS / seconds,
                    statistics.getPrepareStatementCount(), statistics.getEntityInsertCount(),
                    statistics.getEntityUpdateCount());
            double ceiling = loadDataSeconds();
            System.out.printf("ceiling: LOAD DATA LOCAL INFILE of the same rows (employees and accounts) in %.1f s = "
                    + "%,.0f rows/s; the import reaches %.2f of it%n", ceiling, ROWS / ceiling, ceiling / seconds);
            HrisImportResult again = time("same file again", () -> imports.importFile(file, mapping, n -> { })
                    .join());
            assertThat(again.unchanged()).isEqualTo(ROWS);

            int departmentsInWave = Math.max(1, WAVE / (ROWS / DEPARTMENTS));
            Set<Long> departmentIds = employees.departments().stream()
                    .filter(d -> d.name().startsWith(DEPARTMENT_PREFIX)
                            && Integer.parseInt(d.name().substring(DEPARTMENT_PREFIX.length())) < departmentsInWave)
                    .map(DepartmentSummary::id).collect(Collectors.toSet());
            long wave = waves.create("Bench wave", null);
            waves.plan(wave, new WavePlan(departmentIds, Set.of(), Set.of(), Set.of(CourseId.of("journey-basics")),
                    false, LocalDate.now(clock).plusDays(30)));
            statistics.clear();
            start = System.nanoTime();
            WaveLaunch launch = waves.launch(wave);
            double fixed = (System.nanoTime() - start) / 1e9;
            launch.finished().join();
            seconds = (System.nanoTime() - start) / 1e9;
            long members = launch.members();
            long enrolled = jdbc.queryForObject("SELECT COUNT(*) FROM enrolment e JOIN wave_member m "
                    + "ON m.employee_id = e.employee_id AND m.wave_id = ? WHERE e.course_id = 'journey-basics'",
                    Long.class, wave);
            long inCohort = jdbc.queryForObject("SELECT COUNT(*) FROM reporting_employee WHERE cohort_id = ? "
                    + "AND courses_assigned > 0", Long.class, wave);
            long groupAssigned = jdbc.queryForObject("SELECT COALESCE(SUM(assigned), 0) FROM reporting_group_figures "
                    + "WHERE cohort_id = ?", Long.class, wave);
            System.out.printf("wave launch: %,d members fixed in %.1f s (HR's click returns), all enrolled and the "
                    + "reporting copy following in %.1f s; %,d enrolments; %,d statements prepared, %,d entities "
                    + "inserted; reporting: %,d in the cohort with an assignment, %,d assigned in its groups%n",
                    members, fixed, seconds, enrolled, statistics.getPrepareStatementCount(),
                    statistics.getEntityInsertCount(), inCohort, groupAssigned);
            assertThat(enrolled).isEqualTo(members);
            assertThat(inCohort).isEqualTo(members);
            assertThat(groupAssigned).isEqualTo(members);
            // a launch prepares a few hundred statements whatever its size; only from a thousand members on does
            // "fewer than one per ten members" tell a statement per member apart from that fixed part
            if (members >= 1_000) {
                assertThat(statistics.getPrepareStatementCount()).as("no statement per member")
                        .isLessThan(members / 10);
            }
        } finally {
            statistics.setStatisticsEnabled(false);
            SignIn.out();
        }
    }

    /**
     * The ceiling for the import: the rows it wrote (employees and their accounts) exported to TSV and loaded into
     * scratch copies of the same tables (same columns and indexes) with {@code LOAD DATA LOCAL INFILE}, timed.
     */
    private double loadDataSeconds() throws Exception {
        Files.createDirectories(WORK);
        String url = environment.getRequiredProperty("spring.datasource.url") + "&allowLocalInfile=true";
        double seconds = 0;
        for (String[] table : new String[][] {
                {"employee", "SELECT * FROM employee WHERE external_id LIKE 'B%'"},
                {"user_account", "SELECT a.* FROM user_account a JOIN employee e ON e.id = a.employee_id"
                        + " WHERE e.external_id LIKE 'B%'"}}) {
            String scratch = table[0] + "_ceiling";
            jdbc.execute("DROP TABLE IF EXISTS " + scratch);
            jdbc.execute("CREATE TABLE " + scratch + " LIKE " + table[0]);
            Path tsv = WORK.resolve(scratch + ".tsv");
            export(table[1], tsv);
            try (Connection connection = DriverManager.getConnection(url,
                    environment.getProperty("spring.datasource.username"),
                    environment.getProperty("spring.datasource.password"));
                    Statement statement = connection.createStatement()) {
                connection.setAutoCommit(false);
                long start = System.nanoTime();
                statement.execute("LOAD DATA LOCAL INFILE '" + tsv.toAbsolutePath().toString().replace("'", "''")
                        + "' INTO TABLE " + scratch + " CHARACTER SET utf8mb4"
                        + " FIELDS TERMINATED BY '\\t' ESCAPED BY '\\\\' LINES TERMINATED BY '\\n'");
                connection.commit();
                seconds += (System.nanoTime() - start) / 1e9;
            }
            jdbc.execute("DROP TABLE " + scratch);
        }
        return seconds;
    }

    private void export(String query, Path tsv) throws IOException {
        try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(tsv),
                StandardCharsets.UTF_8), 1 << 16)) {
            jdbc.query(query, rs -> {
                int columns = rs.getMetaData().getColumnCount();
                try {
                    for (int i = 1; i <= columns; i++) {
                        if (i > 1) {
                            out.write('\t');
                        }
                        Object value = rs.getObject(i);
                        out.write(value == null ? "\\N" : escape(value instanceof Boolean b ? (b ? "1" : "0")
                                : value instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8)
                                : value.toString()));
                    }
                    out.write('\n');
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n");
    }

    private static byte[] csv() {
        StringBuilder csv = new StringBuilder(ROWS * 90);
        csv.append("Employee ID,E-mail,First name,Last name,Job title,Department,Country,Manager ID,Language\n");
        for (int i = 0; i < ROWS; i++) {
            // a tree: person i reports to person i / 10 (the first has no manager)
            String manager = i == 0 ? "" : "B" + (i / 10);
            csv.append('B').append(i).append(",bench.").append(i).append("@bench.podium.test,Bench,Person")
                    .append(i).append(",Analyst,").append(DEPARTMENT_PREFIX).append(i % DEPARTMENTS).append(",DK,").append(manager)
                    .append(i % 2 == 0 ? ",da" : ",en").append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static <T> T time(String what, Supplier<T> work) {
        long start = System.nanoTime();
        T result = work.get();
        System.out.printf("%s: %.1f s%n", what, (System.nanoTime() - start) / 1e9);
        return result;
    }
}
