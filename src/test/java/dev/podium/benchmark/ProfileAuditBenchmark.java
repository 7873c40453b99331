package dev.podium.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podium.PodiumSpringTest;
import dev.podium.activity.LinkedInProfileArchives;
import dev.podium.audit.AuditDetails;
import dev.podium.audit.AuditService;
import dev.podium.audit.CoachReview;
import dev.podium.audit.ManualAnswers;
import dev.podium.people.ActiveCoach;
import dev.podium.people.EmployeeDraft;
import dev.podium.people.EmployeeService;
import dev.podium.security.Role;
import dev.podium.security.SystemUser;
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
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
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
    private static final int WARM_UP = 50;
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

    private final Map<EmployeeId, UserDetails> coaches = new ConcurrentHashMap<>();

    @Test
    void completed_profile_audit_reviews_per_second() throws Exception {
        byte[] export = LinkedInProfileArchives.complete().zip();
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<UserDetails> people = new ArrayList<>();
        for (int i = 0; i < AUDITS + WARM_UP; i++) {
            String email = "bench-audit-" + run + "-" + i + "@bench.podium.test";
            SystemUser.run(() -> employees.register(new EmployeeDraft("Bench", "Audit", email, null, null, "DK", null,
                    EnumSet.of(Role.EMPLOYEE), Locale.ENGLISH)));
            people.add(users.loadUserByUsername(email));
        }
        for (ActiveCoach coach : SystemUser.call(() -> employees.activeCoaches())) {
            String email = SystemUser.call(() -> employees.get(coach.id())).draft().email();
            coaches.put(coach.id(), users.loadUserByUsername(email));
        }

        for (UserDetails person : people.subList(0, WARM_UP)) {
            completeOne(person, export);
        }
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
        System.out.printf("%nprofileAuditReview: %,d instances completed in %.1f s on %d threads = %.0f/s"
                + " (submit with export + approve, history level audit, %d cores)%n", AUDITS, seconds, THREADS,
                AUDITS / seconds, Runtime.getRuntime().availableProcessors());
    }

    private void completeOne(UserDetails employee, byte[] export) {
        try {
            signIn(employee);
            long auditId = audits.submit("Basic_LinkedInDataExport.zip", new ByteArrayInputStream(export), ANSWERS);
            AuditDetails audit = audits.myAudit().orElseThrow();
            signIn(coaches.get(audit.coach()));
            List<CoachReview> marks = audit.currentRound().items().stream().filter(item -> item.coachMax() > 0)
                    .map(item -> new CoachReview(item.item(), item.coachMax(), null)).toList();
            audits.approve(auditId, marks);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private long completed() {
        return history.createHistoricProcessInstanceQuery().processDefinitionKey("profileAuditReview").finished()
                .count();
    }

    private static void signIn(UserDetails user) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
