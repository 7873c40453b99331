package dev.podium.rollout;

import dev.podium.coaching.ProgrammeAssignmentService;
import dev.podium.coaching.ProgrammeStarts;
import dev.podium.learning.LearningService;
import dev.podium.shared.SystemUser;
import dev.podium.shared.ClusterLock;
import dev.podium.shared.CourseId;
import dev.podium.shared.EmployeeId;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one orchestrator of a wave's launch: pages through the members once, and for each page starts the coaching
 * programme (when the wave includes it; each start commits on its own and someone already in a programme is
 * skipped), then, in one transaction, assigns the wave's courses in bulk through learning, publishes
 * {@link WaveMembersLaunched} and moves the wave's cursor past the page. A node that dies mid-launch leaves the cursor
 * after the last page that committed; the launch is resumed from there at start-up or by the periodic check once
 * nobody has touched it for {@code podium.rollout.resume-after} — the interrupted page is done again, which enrols
 * nobody twice and starts no second programme.
 */
@Component
class WaveLauncher {

    static final int PAGE = 1_000;
    private static final Logger log = LoggerFactory.getLogger(WaveLauncher.class);
    private static final String LEASE = "wave-launch-resumption";

    private final WaveRepository waves;
    private final LearningService learning;
    private final ProgrammeAssignmentService programmes;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final ClusterLock lock;
    private final Clock clock;
    private final Duration resumeAfter;
    private final Map<Long, CompletableFuture<WaveLaunchOutcome>> running = new ConcurrentHashMap<>();
    // one launch at a time per node: a launch keeps a connection busy and its listeners write much
    private final ExecutorService workers = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("wave-launch-", 1).daemon(true).factory());

    WaveLauncher(WaveRepository waves, LearningService learning, ProgrammeAssignmentService programmes,
            ApplicationEventPublisher events, PlatformTransactionManager transactionManager, ClusterLock lock,
            Clock clock, RolloutProperties properties) {
        this.waves = waves;
        this.learning = learning;
        this.programmes = programmes;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
        this.lock = lock;
        this.clock = clock;
        this.resumeAfter = properties.resumeAfter();
    }

    @PreDestroy
    void stopWorkers() {
        workers.shutdownNow();
    }

    /** Runs (or joins) the launch of a wave on the launch worker; the wave must be launched and committed. */
    CompletableFuture<WaveLaunchOutcome> start(long waveId) {
        return running.computeIfAbsent(waveId, id -> {
            CompletableFuture<WaveLaunchOutcome> launch = CompletableFuture.supplyAsync(
                    () -> SystemUser.call(() -> run(id)), workers);
            launch.whenComplete((outcome, failure) -> {
                running.remove(id);
                if (failure != null) {
                    log.warn("Launch of wave {} stopped; it is resumed later", id, failure);
                }
            });
            return launch;
        });
    }

    /** Resumes the launches nobody worked on for a while: at start-up and every few minutes, on one node. */
    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(fixedDelayString = "${podium.rollout.resume-check:PT1M}",
            initialDelayString = "${podium.rollout.resume-check:PT1M}")
    void resumeUnfinished() {
        try {
            lock.runExclusively(LEASE, Duration.ZERO, () -> resumeUntouchedSince(clock.instant().minus(resumeAfter)));
        } catch (IllegalStateException anotherNodeChecks) {
            log.debug("Another node checks for unfinished wave launches");
        }
    }

    /** Starts every unfinished launch untouched since the given moment; returns the waves started. */
    List<Long> resumeUntouchedSince(Instant untouchedSince) {
        List<Long> unfinished = transactions.execute(status -> waves.findUnfinishedLaunches(untouchedSince));
        for (long waveId : unfinished) {
            if (!running.containsKey(waveId)) {
                log.info("Resuming the launch of wave {}", waveId);
                start(waveId);
            }
        }
        return unfinished;
    }

    private WaveLaunchOutcome run(long waveId) {
        Order order = transactions.execute(status -> waves.findById(waveId).map(Order::of).orElseThrow());
        if (order.finished()) {
            return new WaveLaunchOutcome(waveId, 0, 0, 0, 0);
        }
        long after = order.launchedThrough();
        long done = 0;
        long enrolments = 0;
        int started = 0;
        int failed = 0;
        List<EmployeeId> page;
        do {
            long from = after;
            page = transactions.execute(status -> waves.findMembersAfter(waveId, from, PAGE)).stream()
                    .map(EmployeeId::of).toList();
            if (page.isEmpty()) {
                break;
            }
            List<EmployeeId> members = page;
            if (order.coachingProgramme()) {
                ProgrammeStarts starts = programmes.assignAll(members);
                started += starts.started();
                failed += starts.failed();
            }
            long through = page.getLast().value();
            enrolments += transactions.execute(status -> {
                long created = 0;
                for (CourseId course : order.courses()) {
                    created += learning.assign(members, course, order.dueDate(), order.launchedBy());
                }
                events.publishEvent(new WaveMembersLaunched(waveId, order.name(), members, order.launchedAt()));
                if (waves.pageDone(waveId, from, through, clock.instant()) == 0) {
                    // another worker moved the cursor meanwhile: this page is theirs, nothing of it is kept
                    status.setRollbackOnly();
                    throw new IllegalStateException("Wave " + waveId + ": another worker is launching it");
                }
                return created;
            });
            done += page.size();
            after = through;
        } while (page.size() == PAGE);
        transactions.executeWithoutResult(status -> waves.launchFinished(waveId, clock.instant()));
        if (failed > 0) {
            log.warn("Wave {}: the coaching programme could not be started for {} member(s); HR can assign it "
                    + "from Coaching programmes", waveId, failed);
        }
        log.info("Wave {} launched: {} member(s), {} enrolment(s) created, {} programme(s) started", waveId, done,
                enrolments, started);
        return new WaveLaunchOutcome(waveId, done, enrolments, started, failed);
    }

    /** What a launch needs of its wave, read once. */
    private record Order(String name, Set<CourseId> courses, LocalDate dueDate, boolean coachingProgramme,
            EmployeeId launchedBy, Instant launchedAt, long launchedThrough, boolean finished) {

        static Order of(Wave wave) {
            return new Order(wave.name(), WaveService.courseIds(wave), wave.dueDate(), wave.coachingProgramme(),
                    EmployeeId.of(wave.launchedBy()), wave.launchedAt(), wave.launchedThrough(),
                    wave.launchFinishedAt() != null);
        }
    }
}
