package dev.podium.load;

import dev.podium.load.VaadinClient.VaadinError;
import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Podium's load test: virtual people working in the UI of a running Podium over Vaadin's own protocol
 * ({@link VaadinClient}), with think time between their clicks, then the heap per open session after a full GC, and
 * the heap again once the sessions have expired. Prints p50/p95/p99 per step, throughput and errors, and ends by
 * itself. Run by {@code scripts/load-test} (see the README); {@code LoadDriverIntegrationTest} runs it briefly in the suite.
 *
 * <p>Options (system properties): {@code load.url} (http://127.0.0.1:8080/), {@code load.users} (300),
 * {@code load.think} (10s; a person's pause between steps, varied ±50 %), {@code load.duration} (5m),
 * {@code load.ramp} (60s), {@code load.accounts} (a file with lines {@code role email}, role one of employee, coach,
 * hr), {@code load.password} (podium-demo), {@code load.pid} (the app's process id: with it the heap is measured
 * with {@code jcmd}), {@code load.memory-sessions} (1000), {@code load.session-wait} (how long to wait for the
 * sessions to expire; 0 skips), {@code load.report} (a file the summary is also written to).
 */
public final class LoadDriver {

    /** The main views whose heap per session is measured: route and the element that shows it opened. */
    static final List<String> MEMORY_VIEWS = List.of("", "courses", "learning", "voice", "courses/social-leadership");

    final String url;
    final int users;
    final Duration think;
    final Duration duration;
    final Duration ramp;
    final Map<String, List<String>> accounts;
    final String password;
    final Stats stats = new Stats();
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    LoadDriver(String url, int users, Duration think, Duration duration, Duration ramp, Map<String, List<String>> accounts,
            String password) {
        this.url = url;
        this.users = users;
        this.think = think;
        this.duration = duration;
        this.ramp = ramp;
        this.accounts = accounts;
        this.password = password;
    }

    public static void main(String[] args) throws Exception {
        String url = System.getProperty("load.url", "http://127.0.0.1:8080/");
        if (!url.matches("https?://(127\\.0\\.0\\.1|localhost|\\[::1])(:\\d+)?/?.*")) {
            throw new IllegalArgumentException("The load test only talks to this machine (loopback), not " + url);
        }
        Map<String, List<String>> accounts = readAccounts(Path.of(System.getProperty("load.accounts", "load-accounts.txt")));
        LoadDriver test = new LoadDriver(url, Integer.getInteger("load.users", 300),
                Duration.parse("PT" + System.getProperty("load.think", "10s")),
                Duration.parse("PT" + System.getProperty("load.duration", "5m")),
                Duration.parse("PT" + System.getProperty("load.ramp", "60s")), accounts,
                System.getProperty("load.password", "podium-demo"));
        StringBuilder report = new StringBuilder();
        Consumer<String> out = line -> {
            System.out.println(line);
            report.append(line).append('\n');
        };
        String pid = System.getProperty("load.pid", "");
        Heap heap = pid.isBlank() ? null : new Heap(pid);
        out.accept("Podium load test against " + url + ": " + test.users + " users, think time " + test.think.toSeconds()
                + " s ±50 %, " + test.duration.toSeconds() + " s after a ramp of " + test.ramp.toSeconds() + " s; "
                + "machine load average " + loadAverage());
        long baseline = heap == null ? 0 : heap.usedAfterFullGc();
        if (heap != null) {
            out.accept(String.format(Locale.ROOT, "heap after full GC before the run: %,d KB", baseline / 1024));
        }
        Duration elapsed = test.run();
        if (heap != null) {
            out.accept("open HTTP sessions after the run (Tomcat): " + test.activeSessions());
        }
        test.stats.print(out, elapsed);
        out.accept("machine load average after the run: " + loadAverage());
        if (heap != null) {
            Duration wait = Duration.parse("PT" + System.getProperty("load.session-wait", "0s"));
            if (!wait.isZero()) {
                test.expire(heap, wait, baseline, "the run's", out);
            }
            test.memory(heap, Integer.getInteger("load.memory-sessions", 1000), out);
            if (!wait.isZero()) {
                test.expire(heap, wait, baseline, "the memory figure's", out);
            }
        }
        String file = System.getProperty("load.report", "");
        if (!file.isBlank()) {
            Files.writeString(Path.of(file), report);
        }
        System.exit(test.stats.errors() == 0 ? 0 : 1);
    }

    /** Every user works until the duration ends; starts are spread over the ramp. */
    Duration run() throws InterruptedException {
        long begin = System.nanoTime();
        long end = System.nanoTime() + ramp.plus(duration).toNanos();
        try (ExecutorService people = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < users; i++) {
                int index = i;
                long delay = users <= 1 ? 0 : ramp.toMillis() * i / users;
                people.submit(() -> {
                    sleep(delay);
                    person(index, end);
                    return null;
                });
            }
            people.shutdown();
            people.awaitTermination(ramp.plus(duration).toSeconds() + 600, TimeUnit.SECONDS);
        }
        return Duration.ofNanos(System.nanoTime() - begin);
    }

    /** Roles in the proportions of an organisation: most are employees; one in ten a coach, one in ten HR. */
    String roleOf(int index) {
        int slot = index % 10;
        if (slot == 3 && accounts.containsKey("coach")) {
            return "coach";
        }
        if (slot == 7 && accounts.containsKey("hr")) {
            return "hr";
        }
        return "employee";
    }

    void person(int index, long end) {
        String role = roleOf(index);
        List<String> pool = accounts.get(role);
        // the n-th person of a role takes that role's n-th account, round the pool again when there are more people
        int ordinal = 0;
        for (int i = 0; i < index; i++) {
            ordinal += roleOf(i).equals(role) ? 1 : 0;
        }
        String account = pool.get(ordinal % pool.size());
        Random random = new Random(index);
        Scenario scenario = new Scenario(new VaadinClient(http, url), stats, random, think,
                ordinal < pool.size());
        Thread heartbeats = null;
        try {
            scenario.step("login", () -> scenario.client.login(account, password));
            heartbeats = scenario.heartbeats();
            do {
                switch (role) {
                    case "coach" -> scenario.coach();
                    case "hr" -> scenario.hr();
                    default -> scenario.employee();
                }
                scenario.ceiling();
            } while (System.nanoTime() < end);
        } catch (Stop stop) {
            // the person gave up after an error, as a person facing an error page would
        } finally {
            if (heartbeats != null) {
                heartbeats.interrupt();
            }
        }
    }

    /** Waits until sessions have expired, then prints the open sessions and the heap after a full GC. */
    void expire(Heap heap, Duration wait, long baseline, String whose, Consumer<String> out)
            throws InterruptedException {
        out.accept("waiting " + wait.toSeconds() + " s for " + whose + " sessions to expire …");
        Thread.sleep(wait.toMillis());
        out.accept("open HTTP sessions now (Tomcat): " + activeSessions());
        long after = heap.usedAfterFullGc();
        out.accept(String.format(Locale.ROOT,
                "heap after full GC once %s sessions expired: %,d KB (baseline before the run %,d KB, %+,d KB)",
                whose, after / 1024, baseline / 1024, (after - baseline) / 1024));
    }

    /** Opens sessions on each main view in turn and prints the heap each view's sessions add, after a full GC. */
    void memory(Heap heap, int sessions, Consumer<String> out) throws InterruptedException {
        int perView = Math.max(1, sessions / MEMORY_VIEWS.size());
        List<VaadinClient> open = Collections.synchronizedList(new ArrayList<>());
        List<String> employees = accounts.get("employee");
        out.accept(String.format(Locale.ROOT, "memory: %,d signed-in sessions, %,d on each of %s", perView
                * MEMORY_VIEWS.size(), perView, MEMORY_VIEWS.stream().map(v -> "/" + v).toList()));
        long before = heap.usedAfterFullGc();
        AtomicLong failures = new AtomicLong();
        int counter = 0;
        for (String view : MEMORY_VIEWS) {
            try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
                for (int i = 0; i < perView; i++) {
                    String account = employees.get(counter++ % employees.size());
                    pool.submit(() -> {
                        VaadinClient client = new VaadinClient(http, url);
                        try {
                            client.login(account, password);
                            if (!view.isEmpty()) {
                                client.navigate(view);
                            }
                            open.add(client);
                        } catch (VaadinError e) {
                            failures.incrementAndGet();
                        }
                    });
                }
            }
            long used = heap.usedAfterFullGc();
            out.accept(String.format(Locale.ROOT,
                    "  /%-28s %,6d sessions opened (Tomcat: %s), heap %,d KB, %,d KB per session on this view",
                    view, open.size(), activeSessions(), used / 1024, (used - before) / 1024 / perView));
            before = used;
        }
        out.accept("  sessions that failed to open: " + failures.get());
    }

    /**
     * Tomcat's count of open HTTP sessions (actuator metric {@code tomcat.sessions.active.current}), read by an HR
     * session of its own, which counts itself; "unknown" when the metric cannot be read.
     */
    String activeSessions() {
        try {
            return readActiveSessions();
        } catch (RuntimeException first) {
            // the observer's own session expired with the others: sign in again once
            observer = null;
            try {
                return readActiveSessions();
            } catch (RuntimeException e) {
                observer = null;
                return "unknown (" + e.getMessage() + ")";
            }
        }
    }

    private String readActiveSessions() {
        if (observer == null) {
            observer = new VaadinClient(http, url);
            observer.login(accounts.get("hr").getFirst(), password);
        }
        String json = observer.fetch("actuator/metrics/tomcat.sessions.active.current");
        return String.valueOf((long) VaadinClient.JSON.readTree(json).path("measurements").path(0).path("value")
                .asDouble());
    }

    private VaadinClient observer;

    static Map<String, List<String>> readAccounts(Path file) throws IOException {
        Map<String, List<String>> accounts = new ConcurrentHashMap<>();
        for (String line : Files.readAllLines(file)) {
            String[] parts = line.trim().split("\\s+");
            if (parts.length == 2 && !line.startsWith("#")) {
                accounts.computeIfAbsent(parts[0], r -> new ArrayList<>()).add(parts[1]);
            }
        }
        if (!accounts.containsKey("employee")) {
            throw new IllegalArgumentException(file + " names no employee accounts (lines: employee name@example.com)");
        }
        return accounts;
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "unknown";
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Stop();
        }
    }

    /** Ends a virtual person's run. */
    static final class Stop extends RuntimeException {
    }

    /** The app's heap after a full GC, through {@code jcmd} (the same JDK's tool, on the app's process id). */
    static final class Heap {
        private static final Pattern USED = Pattern.compile("heap\\s+total( reserved)? \\d+K, (committed \\d+K, )?used (\\d+)K");
        private final String pid;

        Heap(String pid) {
            this.pid = pid;
        }

        long usedAfterFullGc() {
            jcmd("GC.run");
            jcmd("GC.run");
            Matcher used = USED.matcher(jcmd("GC.heap_info"));
            if (!used.find()) {
                throw new IllegalStateException("jcmd GC.heap_info printed no heap use");
            }
            return Long.parseLong(used.group(3)) * 1024;
        }

        private String jcmd(String command) {
            Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
            try {
                Process process = new ProcessBuilder(jcmd.toString(), pid, command).redirectErrorStream(true).start();
                String output = new String(process.getInputStream().readAllBytes());
                if (process.waitFor() != 0) {
                    throw new IllegalStateException("jcmd " + pid + " " + command + " failed: " + output);
                }
                return output;
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** Latencies per step and the errors, with what each error said (the first few). */
    static final class Stats {
        static final String CEILING = "~ceiling: static GET";
        static final String HEARTBEAT = "~heartbeat";
        private final Map<String, ConcurrentLinkedQueue<Long>> latencies = new ConcurrentHashMap<>();
        private final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
        private final ConcurrentLinkedQueue<String> samples = new ConcurrentLinkedQueue<>();

        void record(String step, long nanos) {
            latencies.computeIfAbsent(step, s -> new ConcurrentLinkedQueue<>()).add(nanos);
        }

        void error(String step, String message) {
            errors.computeIfAbsent(step, s -> new AtomicLong()).incrementAndGet();
            if (samples.size() < 20) {
                samples.add(step + ": " + message);
            }
        }

        long errors() {
            return errors.values().stream().mapToLong(AtomicLong::get).sum();
        }

        long count(String step) {
            return latencies.getOrDefault(step, new ConcurrentLinkedQueue<>()).size();
        }

        Map<String, AtomicLong> errorsByStep() {
            return errors;
        }

        List<String> errorSamples() {
            return List.copyOf(samples);
        }

        void print(Consumer<String> out, Duration elapsed) {
            out.accept(String.format(Locale.ROOT, "%-22s %8s %8s %8s %8s %8s %7s", "step", "count", "p50 ms", "p95 ms",
                    "p99 ms", "max ms", "errors"));
            List<Long> all = new ArrayList<>();
            for (String step : latencies.keySet().stream().sorted().toList()) {
                List<Long> sorted = new ArrayList<>(latencies.get(step));
                Collections.sort(sorted);
                if (!step.startsWith("~")) {
                    all.addAll(sorted);
                }
                out.accept(String.format(Locale.ROOT, "%-22s %8d %8.0f %8.0f %8.0f %8.0f %7d", step, sorted.size(),
                        ms(sorted, 0.50), ms(sorted, 0.95), ms(sorted, 0.99), ms(sorted, 1.0),
                        errors.getOrDefault(step, new AtomicLong()).get()));
            }
            Collections.sort(all);
            out.accept(String.format(Locale.ROOT, "%-22s %8d %8.0f %8.0f %8.0f %8.0f %7d", "all steps", all.size(),
                    ms(all, 0.50), ms(all, 0.95), ms(all, 0.99), ms(all, 1.0), errors()));
            out.accept(String.format(Locale.ROOT, "throughput: %.1f steps/s (Vaadin steps) over %.0f s", all.size()
                    / Math.max(0.001, elapsed.toMillis() / 1000.0), elapsed.toMillis() / 1000.0));
            samples.forEach(sample -> out.accept("  error " + sample));
        }

        private static double ms(List<Long> sorted, double quantile) {
            if (sorted.isEmpty()) {
                return 0;
            }
            int index = (int) Math.ceil(quantile * sorted.size()) - 1;
            return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index))) / 1e6;
        }
    }
}
