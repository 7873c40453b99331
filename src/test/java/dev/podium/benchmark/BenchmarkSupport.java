package dev.podium.benchmark;

import dev.podium.AsHr;
import dev.podium.SignIn;
import dev.podium.people.EmployeeDraft;
import dev.podium.people.EmployeeService;
import dev.podium.shared.Role;
import dev.podium.shared.EmployeeId;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.EnumSet;
import java.util.Locale;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/** What the import benchmarks share: a fresh employee signed in, peak heap and elapsed seconds. */
final class BenchmarkSupport {

    private BenchmarkSupport() {
    }

    /** A new employee with an e-mail address under {@code domain}, so runs never meet earlier ones. */
    static EmployeeId freshEmployee(EmployeeService employees, String domain) {
        String email = "benchmark." + UUID.randomUUID().toString().substring(0, 8) + "@" + domain;
        return AsHr.call(() -> employees.register(new EmployeeDraft("Bench", "Mark", email, null, null, "DK",
                null, EnumSet.of(Role.EMPLOYEE), Locale.ENGLISH)));
    }

    /** Signs the employee in on this thread, as the upload page's request would be. */
    static void signIn(UserDetailsService users, JdbcTemplate jdbc, EmployeeId employee) {
        String email = jdbc.queryForObject("SELECT email FROM employee WHERE id = ?", String.class, employee.value());
        SignIn.as(users, email);
    }

    static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The heap's peak since {@link #resetPeaks()}, over all heap pools. */
    static long peakHeapUsed() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }

    static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
