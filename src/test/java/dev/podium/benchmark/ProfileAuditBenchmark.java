package dev.podium.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podium.AsHr;
import dev.podium.PodiumSpringTest;
import dev.podium.SignIn;
import dev.podium.activity.LinkedInProfileArchives;
import dev.podium.audit.AuditDetails;
import dev.podium.audit.AuditService;
import dev.podium.audit.CoachReview;
import dev.podium.audit.ManualAnswers;
import dev.podium.people.ActiveCoach;
import dev.podium.people.EmployeeDraft;
import dev.podium.people.EmployeeService;
import dev.podium.shared.Role;
import dev.podium.shared.EmployeeId;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.flowable.engine.HistoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Not a test: prints how many {@code profileAuditReview} instances complete per second (history level audit), each
 * the whole way a person takes it: the employee submits a LinkedIn export (read, scored, process started, coach
 * assigned), the coach approves (process ends, {@code ProfileAuditApproved} published, employee notified). Run with
 * {@code ./mvnw -B test -Dtest=ProfileAuditBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * ({@code -Dpodium.benchmark.audits=1000 -Dpodium.benchmark.threads=4}).
 */
@PodiumSpringTest
class ProfileAuditBenchmark {

    private static final int AUDITS = Integer.getInteger("podium.benchmark.audits", 1000);
    private static final int THREADS = Integer.getInteger("podium.benchmark.threads", 4);
    private static final int WARM_UP = Integer.getInteger("podium.benchmark.warm-up", 500);
    private static final ManualAnswers ANSWERS = new ManualAnswers("https://www.linkedin.com/in/bench-person",
            "A talk", true);

    @Autowired
    AuditService audits;
    @Autowired
    EmployeeService employees;
    @Autowired
    UserDetailsService users;
    @Autowired
    HistoryService history;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    org.flowable.engine.RepositoryService repository;
    @Autowired
    org.flowable.engine.RuntimeService runtime;
    @Autowired
    org.flowable.engine.TaskService taskService;

    private final Map<EmployeeId, UserDetails> coaches = new ConcurrentHashMap<>();

    @Test
    void completed_profile_audit_reviews_per_second() throws Exception {
        byte[] export = LinkedInProfileArchives.complete().zip();
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<UserDetails> people = new ArrayList<>();
        for (int i = 0; i < AUDITS + WARM_UP; i++) {
            String email = "bench-audit-" + run + "-" + i + "@bench.podium.test";
            AsHr.run(() -> employees.register(new EmployeeDraft("Bench", "Audit", email, null, null, "DK", null,
                    EnumSet.of(Role.EMPLOYEE), Locale.ENGLISH)));
            people.add(users.loadUserByUsername(email));
        }
        for (ActiveCoach coach : AsHr.call(() -> employees.activeCoaches())) {
            String email = AsHr.call(() -> employees.get(coach.id())).draft().email();
            coaches.put(coach.id(), users.loadUserByUsername(email));
        }

        for (UserDetails person : people.subList(0, WARM_UP)) {
            completeOne(person, export);
        }
        if (Boolean.getBoolean("podium.benchmark.trace")) {
            traceOne(people.get(0), export);
        }
        Map<String, Long> statementsBefore = statements();
        long appCpuBefore = appCpuNanos();
        long databaseCpuBefore = databaseCpuNanos();
        long completedBefore = completed();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        long start = System.nanoTime();
        List<Future<?>> work = new ArrayList<>();
        for (UserDetails person : people.subList(WARM_UP, people.size())) {
            work.add(pool.submit(() -> completeOne(person, export)));
        }
        for (Future<?> done : work) {
            done.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();

        assertThat(completed() - completedBefore).isEqualTo(AUDITS);
        Map<String, Long> statementsAfter = statements();
        double appCpuMs = (appCpuNanos() - appCpuBefore) / 1e6 / AUDITS;
        long databaseCpuAfter = databaseCpuNanos();
        System.out.printf("%nprofileAuditReview: %,d instances completed in %.1f s on %d threads = %.0f/s"
                + " (submit with export + approve, history level audit, %d cores)%n", AUDITS, seconds, THREADS,
                AUDITS / seconds, Runtime.getRuntime().availableProcessors());
        StringBuilder perAudit = new StringBuilder();
        statementsAfter.forEach((kind, count) -> perAudit.append(String.format(" %s %.1f", kind,
                (count - statementsBefore.getOrDefault(kind, 0L)) / (double) AUDITS)));
        System.out.printf("statements per audit (whole database, async executor included):%s%n", perAudit);
        if (databaseCpuBefore >= 0 && databaseCpuAfter >= 0) {
            double databaseCpuMs = (databaseCpuAfter - databaseCpuBefore) / 1e6 / AUDITS;
            // CPU time per instance does not depend on what else the machine runs; the capacity of two cores given
            // wholly to Podium and its database follows from it.
            System.out.printf("CPU per audit: application %.1f ms + database %.1f ms = %.1f ms"
                    + " -> %.0f/s on %d cores doing nothing else%n", appCpuMs, databaseCpuMs, appCpuMs + databaseCpuMs,
                    Runtime.getRuntime().availableProcessors() * 1000 / (appCpuMs + databaseCpuMs),
                    Runtime.getRuntime().availableProcessors());
        } else {
            System.out.printf("CPU per audit: application %.1f ms (the database's CPU time is not readable here)%n",
                    appCpuMs);
        }
    }

    /**
     * With {@code -Dpodium.benchmark.trace=true}: every statement one more audit sends, from MariaDB's general log, so
     * where the round trips go can be read (the warm-up person audits again; that is a second audit for them).
     */
    private void traceOne(UserDetails person, byte[] export) throws InterruptedException {
        Thread.sleep(500); // let the async executor settle so its polling shows less
        jdbc.execute("SET GLOBAL log_output = 'TABLE'");
        jdbc.execute("TRUNCATE mysql.general_log");
        jdbc.execute("SET GLOBAL general_log = 1");
        completeOne(person, export);
        jdbc.execute("SET GLOBAL general_log = 0");
        List<String> lines = jdbc.queryForList("SELECT CONVERT(argument USING utf8mb4) FROM mysql.general_log"
                + " WHERE command_type IN ('Query', 'Execute') ORDER BY event_time", String.class);
        System.out.printf("%n%d statements in one audit:%n", lines.size());
        int width = Integer.getInteger("podium.benchmark.trace-width", 160);
        for (String line : lines) {
            String flat = line.replaceAll("\\s+", " ");
            System.out.println("  " + flat.substring(0, Math.min(width, flat.length())));
        }
    }

    private static long appCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** The database server's CPU time from /proc (Linux, server on this machine), or -1. */
    private long databaseCpuNanos() {
        try {
            String pidFile = jdbc.queryForObject("SELECT @@pid_file", String.class);
            String pid = java.nio.file.Files.readString(java.nio.file.Path.of(pidFile)).trim();
            String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc", pid, "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime + stime
            return ticks * 10_000_000L; // USER_HZ is 100 on Linux
        } catch (RuntimeException | java.io.IOException unreadable) {
            return -1;
        }
    }

    /** MariaDB's own counters of statements by kind, so a change in round trips per audit shows. */
    private Map<String, Long> statements() {
        Map<String, Long> counts = new java.util.TreeMap<>();
        jdbc.query("SHOW GLOBAL STATUS WHERE Variable_name IN ('Com_select', 'Com_insert', 'Com_update',"
                + " 'Com_delete', 'Com_commit', 'Questions')", row -> {
                    counts.put(row.getString(1).replace("Com_", ""), row.getLong(2));
                });
        return counts;
    }

    /**
     * The ceiling the engine sets on this machine: the same BPMN shape (two service steps, the review task with its
     * two timers, the gateway) with no application code in it, started and completed the same number of times.
     */
    @Test
    void the_process_engine_alone_with_the_same_shape() throws Exception {
        repository.createDeployment().name("benchmark")
                .addClasspathResource("benchmark/profile-audit-review-shape.bpmn20.xml").deploy();
        for (int i = 0; i < WARM_UP; i++) {
            runShapeOnce();
        }
        long appCpuBefore = appCpuNanos();
        long databaseCpuBefore = databaseCpuNanos();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        long start = System.nanoTime();
        List<Future<?>> work = new ArrayList<>();
        for (int i = 0; i < AUDITS; i++) {
            work.add(pool.submit(this::runShapeOnce));
        }
        for (Future<?> done : work) {
            done.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        double appCpuMs = (appCpuNanos() - appCpuBefore) / 1e6 / AUDITS;
        double databaseCpuMs = (databaseCpuNanos() - databaseCpuBefore) / 1e6 / AUDITS;
        System.out.printf("%nprocess engine alone (same shape, no application code): %,d instances in %.1f s on %d"
                + " threads = %.0f/s; CPU per instance: engine %.1f ms + database %.1f ms%n", AUDITS, seconds, THREADS,
                AUDITS / seconds, appCpuMs, databaseCpuMs);
    }

    private void runShapeOnce() {
        String instance = runtime.startProcessInstanceByKey("profileAuditReviewShape").getId();
        String review = taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();
        taskService.complete(review, Map.of(), Map.of("approved", true));
    }

    private void completeOne(UserDetails employee, byte[] export) {
        try {
            SignIn.as(employee);
            long auditId = audits.submit("Basic_LinkedInDataExport.zip", new ByteArrayInputStream(export), ANSWERS);
            AuditDetails audit = audits.myAudit().orElseThrow();
            SignIn.as(coaches.get(audit.coach()));
            List<CoachReview> marks = audit.currentRound().items().stream().filter(item -> item.coachMax() > 0)
                    .map(item -> new CoachReview(item.item(), item.coachMax(), null)).toList();
            audits.approve(auditId, marks);
        } finally {
            SignIn.out();
        }
    }

    private long completed() {
        return history.createHistoricProcessInstanceQuery().processDefinitionKey("profileAuditReview").finished()
                .count();
    }
}
