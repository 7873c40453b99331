package dev.podium.benchmark;

import dev.podium.AsHr;
import dev.podium.PodiumSpringTest;
import dev.podium.certificate.CertificateService;
import dev.podium.certificate.IssuedCertificate;
import dev.podium.certificate.PaperSize;
import dev.podium.learning.CourseCompleted;
import dev.podium.people.EmployeeDraft;
import dev.podium.people.EmployeeService;
import dev.podium.shared.Role;
import dev.podium.shared.CourseId;
import dev.podium.shared.EmployeeId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;

/**
 * Not a test: prints how many certificate PDFs per second Podium renders on 2 threads (aim: 150/s). Run it with
 * {@code ./mvnw -B test -Dtest=CertificatePdfBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * ({@code -Dpodium.benchmark.pdfs=N -Dpodium.benchmark.threads=N}). Each PDF goes through the same service call as
 * a download: read the certificate, check access, lay out the page, subset and embed the fonts, draw the QR code.
 */
@PodiumSpringTest
class CertificatePdfBenchmark {

    private static final int PDFS = Integer.getInteger("podium.benchmark.pdfs", 3_000);
    private static final int THREADS = Integer.getInteger("podium.benchmark.threads", 2);
    private static final List<String> NAMES = List.of("Søren Ærøskøbing", "Łucja Wiśniewska", "Παναγιώτης Νικολάου",
            "Светлана Кузнецова", "Émile Lefèvre", "Anna Berg");

    @Autowired
    CertificateService certificates;
    @Autowired
    EmployeeService employees;
    @Autowired
    ApplicationEventPublisher publisher;

    @Test
    void certificate_pdfs_per_second() throws Exception {
        List<Long> ids = new ArrayList<>();
        for (String name : NAMES) {
            String[] parts = name.split(" ");
            String email = "bench." + ThreadLocalRandom.current().nextInt(1_000_000_000) + "@certificate.podium.test";
            EmployeeId id = AsHr.call(() -> employees.register(new EmployeeDraft(parts[0], parts[1], email,
                    null, null, "DK", null, EnumSet.of(Role.EMPLOYEE), Locale.forLanguageTag("da"))));
            publisher.publishEvent(new CourseCompleted(id, CourseId.of("social-media-guidelines"), "2026.1", "hash",
                    true, 90, Instant.now()));
            ids.add(AsHr.call(() -> certificates.page(null, PageRequest.of(0, 50)).stream()
                    .filter(c -> c.employee().equals(id)).map(IssuedCertificate::id).findFirst().orElseThrow()));
        }
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            run(pool, ids, Math.max(200, PDFS / 10)); // warm-up: JIT, font pool
            AtomicLong bytes = new AtomicLong();
            long start = System.nanoTime();
            bytes.set(run(pool, ids, PDFS));
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("%ncertificate PDFs: %,d on %d threads in %.2f s = %.0f PDFs/s, %,d bytes per PDF on"
                    + " average%n", PDFS, THREADS, seconds, PDFS / seconds, bytes.get() / PDFS);
        } finally {
            pool.shutdown();
        }
    }

    private long run(ExecutorService pool, List<Long> ids, int count) throws Exception {
        List<Future<Long>> parts = new ArrayList<>();
        for (int thread = 0; thread < THREADS; thread++) {
            int first = thread;
            parts.add(pool.submit(() -> AsHr.call(() -> {
                long total = 0;
                for (int i = first; i < count; i += THREADS) {
                    total += certificates.pdf(ids.get(i % ids.size()), i % 2 == 0 ? PaperSize.A4 : PaperSize.LETTER)
                            .length;
                }
                return total;
            })));
        }
        long total = 0;
        for (Future<Long> part : parts) {
            total += part.get();
        }
        return total;
    }
}
