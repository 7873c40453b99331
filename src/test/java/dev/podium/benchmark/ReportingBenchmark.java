package dev.podium.benchmark;

import dev.podium.AsHr;
import dev.podium.PodiumSpringTest;
import dev.podium.people.EmployeeFilter;
import dev.podium.people.EmployeeService;
import dev.podium.policy.PolicyCoverage;
import dev.podium.policy.PolicyService;
import dev.podium.reporting.DashboardFilter;
import dev.podium.reporting.Dimension;
import dev.podium.reporting.FunnelStage;
import dev.podium.reporting.ReportingService;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Not a test: seeds a large organisation and prints p50/p95 of every dashboard query, of the first page of the
 * employee grid and of the drill-down list, next to the naive aggregation over the raw module tables with the ratio.
 * Run it with {@code ./mvnw -B test -Dtest=ReportingBenchmark -Dsurefire.failIfNoSpecifiedTests=false}; size with
 * {@code -Dpodium.benchmark.employees=100000 -Dpodium.benchmark.activity-rows=5000000}.
 *
 * <p>It writes the raw tables of people, learning, audit, activity and policy directly (batched JDBC, and
 * {@code LOAD DATA LOCAL INFILE} for the activity rows), then fills reporting's read models from those rows with the
 * same facts the event listeners would set (one {@code INSERT … SELECT} per table: replaying millions of events one
 * by one would take hours here), timed as "read model built from raw tables". Certificates have no raw table on this
 * branch (the certificate module is built elsewhere), so their facts go straight into the read model and no naive
 * figure is printed for them. The seed stays in the test database (a fresh one per JVM).
 */
@PodiumSpringTest
class ReportingBenchmark {

    private static final int PEOPLE = Integer.getInteger("podium.benchmark.employees", 100_000);
    private static final int ACTIVITY_ROWS = Integer.getInteger("podium.benchmark.activity-rows", 5_000_000);
    private static final long FIRST_ID = 60_000_000L;
    private static final String[] COUNTRIES = {"DK", "DE", "SE", "NO", "GB", "NL"};
    private static final int DEPARTMENTS = 60;
    private static final String[] COURSES = {"bench-guidelines", "bench-voice", "bench-profile"};
    private static final int RUNS = 100;
    private static final int NAIVE_RUNS = 3;
    private static final Path WORK = Path.of("target", "reporting-benchmark");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ReportingService reporting;
    @Autowired
    EmployeeService employees;
    @Autowired
    PolicyService policies;
    @Autowired
    Environment environment;

    private final Random random = new Random(42);
    private final List<String> results = new ArrayList<>();

    @Test
    void dashboard_at_scale() throws Exception {
        Instant now = Instant.now();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        String policyId = AsHr.call(() -> policies.policyIds()).getFirst();
        String policyVersion = AsHr.call(() -> policies.coverage(policyId)).map(PolicyCoverage::currentVersion)
                .orElseThrow();

        long t = System.nanoTime();
        seedPeople(now);
        System.out.printf("%nseeded %,d employees in %d departments with accounts in %.1f s%n", PEOPLE, DEPARTMENTS,
                seconds(t));
        t = System.nanoTime();
        seedLearningAuditsAttestations(now, policyId, policyVersion);
        System.out.printf("seeded enrolments, lessons, audits, indexes and attestations in %.1f s%n", seconds(t));
        t = System.nanoTime();
        long activity = seedActivity(now);
        System.out.printf("seeded %,d activity rows in %.1f s%n", activity, seconds(t));
        t = System.nanoTime();
        buildReadModels(now, today);
        System.out.printf("read model built from raw tables in %.1f s%n", seconds(t));
        jdbc.execute("ANALYZE TABLE employee, enrolment, lesson_completion, profile_audit, social_leadership_index,"
                + " policy_attestation, activity_item, reporting_employee, reporting_enrolment, reporting_certificate,"
                + " reporting_attestation, reporting_active_week");
        // the group figures are recomputed on the first read after they went stale (as every morning)
        jdbc.update("UPDATE reporting_group_figures SET computed_on = '2000-01-01'");
        t = System.nanoTime();
        AsHr.call(() -> reporting.funnel(DashboardFilter.everyone()));
        System.out.printf("group figures recomputed from the read model in %.1f s%n", seconds(t));
        printCounts();

        Long department = jdbc.queryForObject("SELECT MIN(id) FROM department WHERE id >= ?", Long.class, FIRST_ID);
        DashboardFilter all = DashboardFilter.everyone();
        DashboardFilter oneDepartment = new DashboardFilter(department, null, null);
        DashboardFilter oneCountry = new DashboardFilter(null, "DE", null);
        LocalDate firstWeek = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(11);

        System.out.printf("%n%-44s %10s %10s | %12s %8s%n", "query (read model)", "p50 ms", "p95 ms", "naive p50 ms",
                "ratio");
        compare("funnel, everyone", () -> reporting.funnel(all), naiveFunnel("", List.of()));
        compare("funnel, one department", () -> reporting.funnel(oneDepartment),
                naiveFunnel(" AND e.department_id = ?", List.of(department)));
        compare("funnel, one country", () -> reporting.funnel(oneCountry),
                naiveFunnel(" AND e.country_code = ?", List.of("DE")));
        compare("breakdown by department", () -> reporting.breakdown(all, Dimension.DEPARTMENT),
                naiveBreakdown());
        compare("audit score distribution", () -> reporting.auditScores(all), () -> jdbc.queryForList("""
                SELECT LEAST(p.final_score DIV 10, 9) AS bucket, COUNT(DISTINCT p.employee_id) FROM profile_audit p
                JOIN employee e ON e.id = p.employee_id WHERE e.active AND p.status = 'APPROVED' GROUP BY bucket"""));
        compare("SLI band distribution", () -> reporting.sliBands(all), () -> jdbc.queryForList("""
                SELECT s.band, COUNT(*) FROM social_leadership_index s JOIN employee e ON e.id = s.employee_id
                WHERE e.active GROUP BY s.band"""));
        compare("consistency trend, 12 weeks", () -> reporting.consistencyTrend(all),
                naiveTrend("", List.of(Date.valueOf(firstWeek))));
        compare("consistency trend, one department", () -> reporting.consistencyTrend(oneDepartment),
                naiveTrend(" AND e.department_id = ?", List.of(Date.valueOf(firstWeek), department)));
        compare("policy attestation coverage", () -> reporting.attestationCoverage(all), () -> jdbc.queryForList("""
                SELECT COUNT(DISTINCT a.employee_id) FROM policy_attestation a JOIN employee e ON e.id = a.employee_id
                WHERE e.active AND a.policy_id = ? AND a.policy_version = ?""", policyId, policyVersion));
        compare("certificates expiring 30/60/90 days", () -> reporting.certificateExpiry(all), null);
        compare("coach workload (audit module)", () -> reporting.coachWorkload(), null);
        compare("drill-down: first page, not certified", () -> reporting.people(all, FunnelStage.CERTIFIED, false,
                0, 50), null);
        compare("drill-down: count, not certified", () -> reporting.countPeople(all, FunnelStage.CERTIFIED, false),
                null);
        compare("employee grid: first page by name", () -> employees.search(EmployeeFilter.all(),
                PageRequest.of(0, 50, Sort.by("name"))), null);
        System.out.println();
        results.forEach(System.out::println);
    }

    // --- timing -----------------------------------------------------------------------------------------------

    private void compare(String label, Supplier<?> readModel, Supplier<?> naive) {
        AsHr.run(() -> {
            for (int i = 0; i < 10; i++) {
                readModel.get();
            }
            long[] nanos = new long[RUNS];
            for (int i = 0; i < RUNS; i++) {
                long start = System.nanoTime();
                readModel.get();
                nanos[i] = System.nanoTime() - start;
            }
            Arrays.sort(nanos);
            double p50 = nanos[RUNS / 2] / 1e6;
            double p95 = nanos[(int) (RUNS * 0.95)] / 1e6;
            String line;
            if (naive == null) {
                line = String.format("%-44s %10.2f %10.2f | %12s %8s", label, p50, p95, "-", "-");
            } else {
                long[] slow = new long[NAIVE_RUNS];
                for (int i = 0; i < NAIVE_RUNS; i++) {
                    long start = System.nanoTime();
                    naive.get();
                    slow[i] = System.nanoTime() - start;
                }
                Arrays.sort(slow);
                double naiveP50 = slow[NAIVE_RUNS / 2] / 1e6;
                line = String.format("%-44s %10.2f %10.2f | %12.1f %7.0fx", label, p50, p95, naiveP50, naiveP50 / p50);
            }
            System.out.println(line);
            results.add(line);
        });
    }

    private Supplier<?> naiveFunnel(String where, List<Object> args) {
        return () -> jdbc.queryForList("""
                SELECT COUNT(*), SUM(COALESCE(x.assigned, 0) > 0), SUM(COALESCE(x.started, 0) > 0),
                       SUM(COALESCE(x.completed, 0) > 0 AND x.completed >= x.assigned), SUM(a.employee_id IS NOT NULL)
                FROM employee e
                LEFT JOIN (SELECT n.employee_id, COUNT(*) AS assigned,
                                  SUM(n.completed_at IS NOT NULL OR EXISTS (SELECT 1 FROM lesson_completion l
                                      WHERE l.enrolment_id = n.id)) AS started,
                                  SUM(n.completed_at IS NOT NULL) AS completed
                           FROM enrolment n GROUP BY n.employee_id) x ON x.employee_id = e.id
                LEFT JOIN (SELECT DISTINCT employee_id FROM profile_audit WHERE status = 'APPROVED') a
                       ON a.employee_id = e.id
                WHERE e.active""" + where, args.toArray());
    }

    private Supplier<?> naiveBreakdown() {
        return () -> jdbc.queryForList("""
                SELECT e.department_id, COUNT(*), SUM(COALESCE(x.assigned, 0) > 0), SUM(COALESCE(x.started, 0) > 0),
                       SUM(COALESCE(x.completed, 0) > 0 AND x.completed >= x.assigned), SUM(a.employee_id IS NOT NULL)
                FROM employee e
                LEFT JOIN (SELECT n.employee_id, COUNT(*) AS assigned,
                                  SUM(n.completed_at IS NOT NULL OR EXISTS (SELECT 1 FROM lesson_completion l
                                      WHERE l.enrolment_id = n.id)) AS started,
                                  SUM(n.completed_at IS NOT NULL) AS completed
                           FROM enrolment n GROUP BY n.employee_id) x ON x.employee_id = e.id
                LEFT JOIN (SELECT DISTINCT employee_id FROM profile_audit WHERE status = 'APPROVED') a
                       ON a.employee_id = e.id
                WHERE e.active GROUP BY e.department_id""");
    }

    /** Active weeks computed from the items themselves, the way the activity module defines them. */
    private Supplier<?> naiveTrend(String where, List<Object> args) {
        return () -> jdbc.queryForList("""
                SELECT w.week_start, COUNT(*) FROM (
                    SELECT i.employee_id, DATE(i.occurred_at) - INTERVAL WEEKDAY(i.occurred_at) DAY AS week_start,
                           SUM(CASE i.classification WHEN 'OWN_POST' THEN 1 WHEN 'ARTICLE' THEN 1.5
                               WHEN 'COMMENTED_RESHARE' THEN 0.7 WHEN 'THIN_RESHARE' THEN 0.2 ELSE 0 END) AS units,
                           SUM(i.classification = 'SUBSTANTIVE_COMMENT') AS substantive
                    FROM activity_item i JOIN employee e ON e.id = i.employee_id
                    WHERE i.occurred_at >= ?""" + where + """
                    GROUP BY i.employee_id, week_start) w
                WHERE w.units >= 1 OR w.substantive >= 3 GROUP BY w.week_start""", args.toArray());
    }

    // --- seeding ----------------------------------------------------------------------------------------------

    private void seedPeople(Instant now) {
        Timestamp at = Timestamp.from(now);
        List<Object[]> departments = new ArrayList<>();
        for (int d = 0; d < DEPARTMENTS; d++) {
            departments.add(new Object[] {FIRST_ID + d, "Bench department " + d, COUNTRIES[d % COUNTRIES.length], at});
        }
        jdbc.batchUpdate("INSERT INTO department (id, name, country_code, created_at) VALUES (?, ?, ?, ?)",
                departments);
        String[] first = {"Anna", "Bo", "Carl", "Dina", "Emil", "Frida", "Hans", "Hanne", "Ib", "Jens", "Karin",
            "Lars", "Mette", "Niels", "Ole", "Pia", "Sven", "Ulla"};
        String[] last = {"Hansen", "Jensen", "Nielsen", "Pedersen", "Andersen", "Schmidt", "Müller", "Weber",
            "Larsen", "Sørensen", "Holm", "Krüger", "Berg", "Smith"};
        int batch = 5_000;
        for (int from = 0; from < PEOPLE; from += batch) {
            List<Object[]> people = new ArrayList<>();
            List<Object[]> accounts = new ArrayList<>();
            List<Object[]> roles = new ArrayList<>();
            for (int i = from; i < Math.min(PEOPLE, from + batch); i++) {
                long id = FIRST_ID + i;
                // departments differ in size (a long tail of small ones), like a real organisation
                int department = (int) Math.min(DEPARTMENTS - 1, Math.floor(Math.pow(random.nextDouble(), 1.6)
                        * DEPARTMENTS));
                String country = COUNTRIES[department % COUNTRIES.length];
                String firstName = first[i % first.length];
                String lastName = last[(i / first.length) % last.length] + (i % 997);
                String email = "report.bench" + i + "@bench.example";
                people.add(new Object[] {id, firstName, lastName, email, "Consultant", FIRST_ID + department, country,
                    i < DEPARTMENTS ? null : FIRST_ID + (i % DEPARTMENTS), i % 25 != 0, at, at});
                accounts.add(new Object[] {id, id, email, firstName + " " + lastName, i % 25 != 0, at, at});
                roles.add(new Object[] {id, "EMPLOYEE"});
            }
            jdbc.batchUpdate("""
                    INSERT INTO employee (id, first_name, last_name, email, job_title, department_id, country_code,
                        line_manager_id, preferred_locale, active, created_at, updated_at, version)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'en', ?, ?, ?, 0)""", people);
            jdbc.batchUpdate("""
                    INSERT INTO user_account (id, employee_id, username, display_name, enabled, failed_attempts,
                        session_version, locale, color_scheme, demo, password_change_required, created_at, updated_at,
                        version)
                    VALUES (?, ?, ?, ?, ?, 0, 0, 'en', 'LIGHT', FALSE, FALSE, ?, ?, 0)""", accounts);
            jdbc.batchUpdate("INSERT INTO user_account_role (account_id, role) VALUES (?, ?)", roles);
        }
    }

    private void seedLearningAuditsAttestations(Instant now, String policyId, String policyVersion) {
        List<Object[]> enrolments = new ArrayList<>();
        List<Object[]> lessons = new ArrayList<>();
        List<Object[]> audits = new ArrayList<>();
        List<Object[]> indexes = new ArrayList<>();
        List<Object[]> attestations = new ArrayList<>();
        long enrolmentId = FIRST_ID;
        long auditId = FIRST_ID;
        long attestationId = FIRST_ID;
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        for (int i = 0; i < PEOPLE; i++) {
            long employee = FIRST_ID + i;
            double engagement = random.nextDouble();
            if (engagement < 0.8) {
                int courses = 1 + random.nextInt(COURSES.length);
                for (int c = 0; c < courses; c++) {
                    Timestamp enrolled = Timestamp.from(now.minus(30 + random.nextInt(300), ChronoUnit.DAYS));
                    boolean started = random.nextDouble() < 0.8;
                    boolean completed = started && random.nextDouble() < 0.65;
                    long id = enrolmentId++;
                    enrolments.add(new Object[] {id, employee, COURSES[c], enrolled, employee,
                        completed ? Timestamp.from(enrolled.toInstant().plus(20, ChronoUnit.DAYS)) : null,
                        completed ? "x".repeat(64) : null, enrolled});
                    if (started) {
                        lessons.add(new Object[] {id, "lesson-1",
                            Timestamp.from(enrolled.toInstant().plus(2, ChronoUnit.DAYS))});
                    }
                }
            }
            if (engagement < 0.35) {
                int score = (int) Math.max(0, Math.min(100, Math.round(65 + random.nextGaussian() * 15)));
                Timestamp submitted = Timestamp.from(now.minus(10 + random.nextInt(200), ChronoUnit.DAYS));
                audits.add(new Object[] {auditId++, employee, "Bench person", submitted, score,
                    Timestamp.from(submitted.toInstant().plus(3, ChronoUnit.DAYS))});
            }
            if (engagement < 0.45) {
                int total = (int) Math.max(0, Math.min(100, Math.round(45 + random.nextGaussian() * 20)));
                String band = total >= 70 ? "LEADING" : total >= 40 ? "BUILDING" : "STARTING";
                indexes.add(new Object[] {employee, total, band, Date.valueOf(today.minusWeeks(12)),
                    Date.valueOf(today), Timestamp.from(now)});
            }
            if (engagement < 0.7) {
                attestations.add(new Object[] {attestationId++, employee, policyId,
                    random.nextDouble() < 0.85 ? policyVersion : "0.9", Timestamp.from(now.minus(random.nextInt(300),
                            ChronoUnit.DAYS)), Date.valueOf(today.plusYears(1))});
            }
            if (enrolments.size() >= 5_000 || i == PEOPLE - 1) {
                flush(enrolments, lessons, audits, indexes, attestations);
            }
        }
    }

    private void flush(List<Object[]> enrolments, List<Object[]> lessons, List<Object[]> audits,
            List<Object[]> indexes, List<Object[]> attestations) {
        jdbc.batchUpdate("""
                INSERT INTO enrolment (id, employee_id, course_id, enrolled_at, enrolled_by, completed_at,
                    completed_version, last_activity_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)""", enrolments);
        jdbc.batchUpdate("INSERT INTO lesson_completion (enrolment_id, lesson_id, completed_at) VALUES (?, ?, ?)",
                lessons);
        jdbc.batchUpdate("""
                INSERT INTO profile_audit (id, employee_id, employee_name, employee_locale, status, submitted_at,
                    final_score, closed_at, version) VALUES (?, ?, ?, 'en', 'APPROVED', ?, ?, ?, 0)""", audits);
        jdbc.batchUpdate("""
                INSERT INTO social_leadership_index (employee_id, total, originality, consistency, engagement_quality,
                    topical_focus, band, window_start, window_end, computed_at, version)
                VALUES (?, ?, 0, 0, 0, 0, ?, ?, ?, ?, 0)""", indexes);
        jdbc.batchUpdate("""
                INSERT INTO policy_attestation (id, employee_id, policy_id, policy_version, text_sha256, locale,
                    roles_at_signing, department_id, department_name, attested_at, renewal_due)
                VALUES (?, ?, ?, ?, REPEAT('a', 64), 'en', 'EMPLOYEE', NULL, NULL, ?, ?)""", attestations);
        enrolments.clear();
        lessons.clear();
        audits.clear();
        indexes.clear();
        attestations.clear();
    }

    /** Activity rows for the 45% of people who post, over the last year, loaded as a TSV file. */
    private long seedActivity(Instant now) throws IOException, java.sql.SQLException {
        Files.createDirectories(WORK);
        Path tsv = WORK.resolve("activity.tsv");
        int posters = (int) (PEOPLE * 0.45);
        String[] classes = {"OWN_POST", "OWN_POST", "ARTICLE", "COMMENTED_RESHARE", "THIN_RESHARE", "BARE_RESHARE",
            "SUBSTANTIVE_COMMENT", "SUBSTANTIVE_COMMENT", "COMMENT", "REACTION", "REACTION", "REACTION"};
        String[] kinds = {"POST", "POST", "ARTICLE", "RESHARE", "RESHARE", "RESHARE", "COMMENT", "COMMENT", "COMMENT",
            "REACTION", "REACTION", "REACTION"};
        long rows = 0;
        try (BufferedWriter out = Files.newBufferedWriter(tsv, StandardCharsets.UTF_8)) {
            long id = FIRST_ID;
            for (int p = 0; p < posters && rows < ACTIVITY_ROWS; p++) {
                long employee = FIRST_ID + p;
                // a few prolific people, many occasional ones
                int items = (int) Math.max(1, Math.round(ACTIVITY_ROWS / (double) posters
                        * (0.3 + 1.4 * random.nextDouble())));
                for (int k = 0; k < items && rows < ACTIVITY_ROWS; k++, rows++) {
                    int c = random.nextInt(classes.length);
                    Instant at = now.minus(random.nextInt(365 * 24 * 60), ChronoUnit.MINUTES);
                    out.write(id++ + "\t" + employee + "\tLINKEDIN\t" + kinds[c] + "\tk" + k + "\t"
                            + TIME.format(at) + "\t\\N\t\\N\t\\N\t\\N\t\\N\t" + classes[c] + "\t"
                            + (c < 3 ? 60 : c == 6 || c == 7 ? 20 : 3) + "\t0\t" + employee + "\n");
                }
            }
        }
        String url = environment.getRequiredProperty("spring.datasource.url") + "&allowLocalInfile=true";
        try (Connection connection = DriverManager.getConnection(url,
                environment.getProperty("spring.datasource.username"),
                environment.getProperty("spring.datasource.password"));
                Statement statement = connection.createStatement()) {
            statement.execute("LOAD DATA LOCAL INFILE '" + tsv.toAbsolutePath().toString().replace("'", "''")
                    + "' INTO TABLE activity_item CHARACTER SET utf8mb4"
                    + " FIELDS TERMINATED BY '\\t' ESCAPED BY '\\\\' LINES TERMINATED BY '\\n'"
                    + " (id, employee_id, source, kind, natural_key, occurred_at, text, link, shared_url, in_reply_to,"
                    + " reaction_type, classification, word_count, company_content, import_id)");
        }
        Files.deleteIfExists(tsv);
        return rows;
    }

    /** The read models with the facts the listeners would set from the events these rows stand for. */
    private void buildReadModels(Instant now, LocalDate today) {
        Timestamp at = Timestamp.from(now);
        jdbc.update("""
                INSERT INTO reporting_employee (employee_id, full_name, department_id, department_name, country_code,
                    active, updated_at)
                SELECT e.id, CONCAT(e.first_name, ' ', e.last_name), e.department_id, d.name, e.country_code, e.active, ?
                FROM employee e LEFT JOIN department d ON d.id = e.department_id WHERE e.id >= ?""", at, FIRST_ID);
        jdbc.update("""
                INSERT INTO reporting_enrolment (employee_id, course_id, enrolled_at, assigned, due_date, started_at,
                    completed_at)
                SELECT n.employee_id, n.course_id, n.enrolled_at, FALSE, NULL,
                       (SELECT MIN(l.completed_at) FROM lesson_completion l WHERE l.enrolment_id = n.id), n.completed_at
                FROM enrolment n WHERE n.employee_id >= ?""", FIRST_ID);
        jdbc.update("""
                UPDATE reporting_employee e JOIN (
                    SELECT employee_id, COUNT(*) AS assigned,
                           SUM(started_at IS NOT NULL OR completed_at IS NOT NULL) AS started,
                           SUM(completed_at IS NOT NULL) AS completed, MIN(enrolled_at) AS first_at,
                           MAX(enrolled_at) AS last_at
                    FROM reporting_enrolment GROUP BY employee_id) x ON x.employee_id = e.employee_id
                SET e.courses_assigned = x.assigned, e.courses_started = x.started, e.courses_completed = x.completed,
                    e.first_enrolled_at = x.first_at, e.last_enrolled_at = x.last_at
                WHERE e.employee_id >= ?""", FIRST_ID);
        jdbc.update("""
                UPDATE reporting_employee e JOIN profile_audit p ON p.employee_id = e.employee_id
                SET e.audit_score = p.final_score, e.audit_approved_at = p.closed_at
                WHERE p.status = 'APPROVED' AND e.employee_id >= ?""", FIRST_ID);
        jdbc.update("""
                UPDATE reporting_employee e JOIN social_leadership_index s ON s.employee_id = e.employee_id
                SET e.sli_total = s.total, e.sli_band = s.band WHERE e.employee_id >= ?""", FIRST_ID);
        // certificates: a quarter of the people, expiring over the next two years (no raw table on this branch)
        List<Object[]> certificates = new ArrayList<>();
        for (int i = 0; i < PEOPLE; i += 4) {
            long employee = FIRST_ID + i;
            certificates.add(new Object[] {FIRST_ID + i, employee, COURSES[i % COURSES.length],
                Timestamp.from(now.minus(200, ChronoUnit.DAYS)), Date.valueOf(today.plusDays(random.nextInt(730)))});
            if (certificates.size() == 5_000) {
                insertCertificates(certificates);
            }
        }
        insertCertificates(certificates);
        jdbc.update("""
                UPDATE reporting_employee e JOIN (
                    SELECT employee_id, COUNT(*) AS held, MAX(COALESCE(expires_on, '9999-12-31')) AS until,
                           MIN(expires_on) AS next_expiry
                    FROM reporting_certificate WHERE revoked_at IS NULL AND NOT superseded GROUP BY employee_id) c
                  ON c.employee_id = e.employee_id
                SET e.certificates = c.held, e.certified_until = c.until, e.next_expiry = c.next_expiry
                WHERE e.employee_id >= ?""", FIRST_ID);
        jdbc.update("""
                INSERT INTO reporting_attestation (employee_id, policy_id, policy_version, attested_at, department_id,
                    country_code, cohort_id, active)
                SELECT a.employee_id, a.policy_id, a.policy_version, a.attested_at, e.department_id, e.country_code,
                       e.cohort_id, e.active
                FROM policy_attestation a JOIN reporting_employee e ON e.employee_id = a.employee_id
                WHERE a.employee_id >= ?""", FIRST_ID);
        LocalDate from = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(51);
        jdbc.update("""
                INSERT INTO reporting_active_week (employee_id, week_start, department_id, country_code, cohort_id)
                SELECT w.employee_id, w.week_start, e.department_id, e.country_code, e.cohort_id FROM (
                    SELECT i.employee_id, DATE(i.occurred_at) - INTERVAL WEEKDAY(i.occurred_at) DAY AS week_start,
                           SUM(CASE i.classification WHEN 'OWN_POST' THEN 1 WHEN 'ARTICLE' THEN 1.5
                               WHEN 'COMMENTED_RESHARE' THEN 0.7 WHEN 'THIN_RESHARE' THEN 0.2 ELSE 0 END) AS units,
                           SUM(i.classification = 'SUBSTANTIVE_COMMENT') AS substantive
                    FROM activity_item i WHERE i.employee_id >= ? AND i.occurred_at >= ?
                    GROUP BY i.employee_id, week_start) w
                JOIN reporting_employee e ON e.employee_id = w.employee_id
                WHERE w.units >= 1 OR w.substantive >= 3""", FIRST_ID, Date.valueOf(from));
    }

    private void insertCertificates(List<Object[]> certificates) {
        jdbc.batchUpdate("""
                INSERT INTO reporting_certificate (certificate_id, employee_id, achievement_id, issued_at, expires_on)
                VALUES (?, ?, ?, ?, ?)""", certificates);
        certificates.clear();
    }

    private void printCounts() {
        for (String table : List.of("employee", "enrolment", "lesson_completion", "profile_audit",
                "policy_attestation", "activity_item", "reporting_employee", "reporting_enrolment",
                "reporting_certificate", "reporting_attestation", "reporting_active_week", "reporting_group_figures",
                "reporting_group_attestation", "reporting_group_week")) {
            System.out.printf("  %-24s %,12d rows%n", table,
                    jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class));
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
