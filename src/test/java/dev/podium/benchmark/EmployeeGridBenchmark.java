package dev.podium.benchmark;

import dev.podium.AsHr;
import dev.podium.PodiumSpringTest;
import dev.podium.people.EmployeeFilter;
import dev.podium.people.EmployeeService;
import dev.podium.people.EmployeeSummary;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Not a test: prints how fast the HR employee grid answers at 100k people. Run it with
 * {@code ./mvnw -B test -Dtest=EmployeeGridBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * (size with {@code -Dpodium.benchmark.employees=100000}). It inserts the people straight into the test
 * database, then times the grid's page queries (the same service call the view makes, accounts included).
 */
@PodiumSpringTest
class EmployeeGridBenchmark {

    private static final int PEOPLE = Integer.getInteger("podium.benchmark.employees", 100_000);
    private static final long FIRST_ID = 50_000_000L;
    private static final int RUNS = 200;
    private static final int DEPARTMENTS = 40;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EmployeeService employees;

    @Test
    void employee_grid_at_scale() {
        long seedStart = System.nanoTime();
        removeSeed();
        try {
            seedAndTime(seedStart);
        } finally {
            removeSeed();
        }
    }

    private void seedAndTime(long seedStart) {
        seed();
        System.out.printf("%nseeded %,d employees with accounts in %.1f s%n", PEOPLE,
                (System.nanoTime() - seedStart) / 1e9);
        explain("ORDER BY e.last_name, e.first_name, e.id");
        explain("ORDER BY e.email DESC, e.id DESC");
        explain("ORDER BY e.email DESC");
        long department = FIRST_ID + 7;
        time("first page, sorted by name", () -> employees.search(EmployeeFilter.all(),
                PageRequest.of(0, 50, Sort.by("name"))));
        time("page 200, sorted by name", () -> employees.search(EmployeeFilter.all(),
                PageRequest.of(200, 50, Sort.by("name"))));
        time("first page, sorted by e-mail desc", () -> employees.search(EmployeeFilter.all(),
                PageRequest.of(0, 50, Sort.by(Sort.Direction.DESC, "email"))));
        time("name prefix 'Ha'", () -> employees.search(new EmployeeFilter("Ha", null, true),
                PageRequest.of(0, 50, Sort.by("name"))));
        time("one department, active", () -> employees.search(new EmployeeFilter(null, department, true),
                PageRequest.of(0, 50, Sort.by("name"))));
    }

    /**
     * Removes exactly this benchmark's rows (its own id range; other benchmarks seed other ranges and names), so it runs
     * alone, before or after the others in one JVM, and leaves the test database as it found it.
     */
    private void removeSeed() {
        long end = FIRST_ID + PEOPLE;
        jdbc.update("DELETE FROM user_account_role WHERE account_id >= ? AND account_id < ?", FIRST_ID, end);
        jdbc.update("DELETE FROM user_account WHERE id >= ? AND id < ?", FIRST_ID, end);
        jdbc.update("UPDATE employee SET line_manager_id = NULL WHERE id >= ? AND id < ?", FIRST_ID, end);
        jdbc.update("DELETE FROM employee WHERE id >= ? AND id < ?", FIRST_ID, end);
        jdbc.update("DELETE FROM department WHERE id >= ? AND id < ?", FIRST_ID, FIRST_ID + DEPARTMENTS);
    }

    /** Prints MariaDB's plan for the grid's query shape, so an index that stops being used shows up here. */
    private void explain(String orderBy) {
        String sql = "EXPLAIN SELECT e.id, d.name, m.last_name FROM employee e"
                + " LEFT JOIN department d ON d.id = e.department_id"
                + " LEFT JOIN employee m ON m.id = e.line_manager_id " + orderBy + " LIMIT 51";
        System.out.println(orderBy + ":");
        jdbc.queryForList(sql).forEach(row -> System.out.println("  " + row));
    }

    private void time(String label, Supplier<List<EmployeeSummary>> query) {
        AsHr.run(() -> {
            for (int i = 0; i < 20; i++) {
                query.get();
            }
            long[] nanos = new long[RUNS];
            int rows = 0;
            for (int i = 0; i < RUNS; i++) {
                long start = System.nanoTime();
                rows = query.get().size();
                nanos[i] = System.nanoTime() - start;
            }
            Arrays.sort(nanos);
            System.out.printf("%-36s rows %3d   p50 %6.2f ms   p95 %6.2f ms   max %6.2f ms%n", label, rows,
                    nanos[RUNS / 2] / 1e6, nanos[(int) (RUNS * 0.95)] / 1e6, nanos[RUNS - 1] / 1e6);
        });
    }

    private void seed() {
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> departments = new ArrayList<>();
        for (int d = 0; d < DEPARTMENTS; d++) {
            departments.add(new Object[] {FIRST_ID + d, "Grid bench " + d, d % 2 == 0 ? "DK" : "DE", now});
        }
        jdbc.batchUpdate("INSERT INTO department (id, name, country_code, created_at) VALUES (?, ?, ?, ?)",
                departments);
        String[] first = {"Anna", "Bo", "Carl", "Dina", "Emil", "Frida", "Hans", "Hanne", "Ib", "Jens", "Karin",
            "Lars", "Mette", "Niels", "Ole", "Pia"};
        String[] last = {"Hansen", "Jensen", "Nielsen", "Pedersen", "Andersen", "Schmidt", "Müller", "Weber",
            "Larsen", "Sørensen", "Holm", "Krüger"};
        int batch = 5_000;
        for (int from = 0; from < PEOPLE; from += batch) {
            List<Object[]> people = new ArrayList<>();
            List<Object[]> accounts = new ArrayList<>();
            List<Object[]> roles = new ArrayList<>();
            for (int i = from; i < Math.min(PEOPLE, from + batch); i++) {
                long id = FIRST_ID + i;
                String firstName = first[i % first.length];
                String lastName = last[(i / first.length) % last.length] + (i % 997);
                String email = "bench" + i + "@bench.example";
                people.add(new Object[] {id, firstName, lastName, email, "Consultant", FIRST_ID + (i % DEPARTMENTS),
                    i % 2 == 0 ? "DK" : "DE", i < DEPARTMENTS ? null : FIRST_ID + (i % DEPARTMENTS), i % 20 != 0, now, now});
                accounts.add(new Object[] {id, id, email, firstName + " " + lastName, i % 20 != 0, now, now});
                roles.add(new Object[] {id, "EMPLOYEE"});
            }
            jdbc.batchUpdate("""
                    INSERT INTO employee (id, first_name, last_name, email, job_title, department_id, country_code,
                        line_manager_id, preferred_locale, active, created_at, updated_at, version)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'en', ?, ?, ?, 0)""", people);
            jdbc.batchUpdate("""
                    INSERT INTO user_account (id, employee_id, username, display_name, enabled, failed_attempts,
                        session_version, locale, color_scheme, demo, password_change_required, created_at, updated_at, version)
                    VALUES (?, ?, ?, ?, ?, 0, 0, 'en', 'LIGHT', FALSE, FALSE, ?, ?, 0)""", accounts);
            jdbc.batchUpdate("INSERT INTO user_account_role (account_id, role) VALUES (?, ?)", roles);
        }
        jdbc.execute("ANALYZE TABLE employee, user_account, user_account_role, department");
    }
}
