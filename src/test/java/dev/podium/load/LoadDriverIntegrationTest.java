package dev.podium.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.PodiumSpringTest;
import dev.podium.SignIn;
import dev.podium.people.EmployeeDraft;
import dev.podium.people.EmployeeService;
import dev.podium.security.AccountService;
import dev.podium.shared.Role;
import dev.podium.AsHr;
import dev.podium.shared.EmployeeId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The load test's driver, briefly and without think time, against the application this test starts: every role's
 * steps run over Vaadin's protocol without an error, and the clicks did what clicks do — the lessons marked complete
 * and the quizzes submitted are in the database. Fresh people, so no other test's progress decides what they see.
 */
@PodiumSpringTest
class LoadDriverIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    EmployeeService employees;

    @Autowired
    AccountService accounts;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void every_role_works_through_its_steps_and_each_click_does_what_it_does_in_a_browser() throws Exception {
        String suffix = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), Character.MAX_RADIX);
        String password = "amber-kettle-harbour-" + suffix;
        List<EmployeeId> learners = new ArrayList<>();
        List<String> employeeAccounts = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String email = "learner" + i + "." + suffix + "@driver.podium.test";
            learners.add(person("Learner" + i, email, password, EnumSet.of(Role.EMPLOYEE)));
            employeeAccounts.add(email);
        }
        String coach = "coach." + suffix + "@driver.podium.test";
        person("Coach", coach, password, EnumSet.of(Role.EMPLOYEE, Role.COACH));
        String hr = "hr." + suffix + "@driver.podium.test";
        person("Hr", hr, password, EnumSet.of(Role.EMPLOYEE, Role.HR_ADMIN));

        // eight people: LoadDriver.roleOf makes the fourth a coach and the eighth HR, the others employees
        LoadDriver test = new LoadDriver("http://127.0.0.1:" + port + "/", 8, Duration.ZERO, Duration.ZERO, Duration.ZERO,
                Map.of("employee", employeeAccounts, "coach", List.of(coach), "hr", List.of(hr)), password);
        test.run();

        assertEquals(0, test.stats.errors(), () -> "errors: " + test.stats.errorSamples());
        for (String step : List.of("login", "home", "catalogue", "course", "enrol", "lesson", "mark complete",
                "quiz answer", "quiz submit", "my voice", "coach inbox", "coach programmes", "coach renewals",
                "dashboard", "dashboard filter", "drill-down", "employees", "employee scroll")) {
            assertTrue(test.stats.count(step) > 0, () -> "no successful '" + step + "' step");
        }
        // every fresh learner enrolled, opened one lesson and marked it complete: the rows are there
        String ids = learners.stream().map(id -> String.valueOf(id.value())).collect(Collectors.joining(","));
        assertEquals(6, test.stats.count("enrol"));
        assertEquals(6, test.stats.count("mark complete"));
        assertEquals(6, jdbc.queryForObject("SELECT COUNT(*) FROM enrolment WHERE course_id = 'social-leadership' "
                + "AND employee_id IN (" + ids + ")", Integer.class));
        assertEquals(6, jdbc.queryForObject("SELECT COUNT(*) FROM lesson_completion c JOIN enrolment e "
                + "ON e.id = c.enrolment_id WHERE e.employee_id IN (" + ids + ")", Integer.class));
        assertEquals(test.stats.count("quiz submit"), jdbc.queryForObject("SELECT COUNT(*) FROM quiz_attempt a "
                + "JOIN enrolment e ON e.id = a.enrolment_id WHERE e.employee_id IN (" + ids + ")", Long.class));
    }

    /** An active person with their own password, registered and signed up the way HR and the person do it. */
    private EmployeeId person(String firstName, String email, String password, EnumSet<Role> roles) {
        String handedOut = "handed-out-" + password;
        EmployeeId id = AsHr.call(() -> {
            EmployeeId registered = employees.register(new EmployeeDraft(firstName, "Tester", email, null, null, "DK",
                    null, roles, Locale.ENGLISH));
            employees.setPassword(registered, handedOut);
            return registered;
        });
        // a handed-out password must be replaced at the first sign-in: the person's own account page does this
        SignIn.run(users, email, () -> accounts.changeOwnPassword(handedOut, password));
        return id;
    }
}
