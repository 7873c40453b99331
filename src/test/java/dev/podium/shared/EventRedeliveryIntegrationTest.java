package dev.podium.shared;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podium.AsHr;
import dev.podium.MutableClock;
import dev.podium.PodiumSpringTest;
import dev.podium.learning.CourseCompleted;
import dev.podium.learning.CourseEnrolled;
import dev.podium.learning.LessonCompleted;
import dev.podium.people.EmployeeDraft;
import dev.podium.people.EmployeeService;
import dev.podium.shared.Role;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every publication of a course completion delivered a second time — as after a node died between a listener's commit
 * and the record of its completion — changes nothing: one certificate, the same read-model rows.
 */
@PodiumSpringTest
class EventRedeliveryIntegrationTest {

    private static final String GUIDELINES = "social-media-guidelines";

    @Autowired
    ApplicationEventPublisher publisher;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    EventPublications publications;
    @Autowired
    EventsProperties properties;
    @Autowired
    EmployeeService employees;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void redelivering_a_course_completion_issues_no_second_certificate_and_leaves_the_read_model_as_it_was() {
        List<String> before = jdbc.queryForList("SELECT ID FROM EVENT_PUBLICATION", String.class);
        EmployeeId learner = register();
        CourseId course = CourseId.of(GUIDELINES);
        transactions.executeWithoutResult(status -> {
            publisher.publishEvent(new CourseEnrolled(learner, course, learner, null, clock.instant()));
            publisher.publishEvent(new LessonCompleted(learner, course, "why-guidelines", clock.instant()));
            publisher.publishEvent(new CourseCompleted(learner, course, "2026.1", "hash", true, 90, clock.instant()));
        });
        assertThat(certificates(learner)).isOne();
        Map<String, Object> readModel = readModel(learner);
        assertThat(readModel).containsEntry("courses_completed", 1).containsEntry("certificates", 1);
        List<Map<String, Object>> certificateRows = jdbc.queryForList(
                "SELECT * FROM reporting_certificate WHERE employee_id = ?", learner.value());
        List<Map<String, Object>> enrolmentRows = jdbc.queryForList(
                "SELECT * FROM reporting_enrolment WHERE employee_id = ?", learner.value());

        List<String> ours = jdbc.queryForList("SELECT ID FROM EVENT_PUBLICATION WHERE COMPLETION_DATE IS NOT NULL",
                String.class).stream().filter(id -> !before.contains(id)).toList();
        assertThat(ours).hasSizeGreaterThanOrEqualTo(5); // registration, enrolment, lesson, completion ×3, certificate
        // as if every listener's commit had happened but none of the completions was recorded
        ours.forEach(id -> jdbc.update("UPDATE EVENT_PUBLICATION SET COMPLETION_DATE = NULL, STATUS = 'PUBLISHED' "
                + "WHERE ID = ?", id));
        clock.advance(properties.resubmitAfter().plusSeconds(1));
        assertThat(publications.runOnce()).isTrue();

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE COMPLETION_DATE IS NULL "
                + "AND ID IN (" + String.join(",", ours.stream().map(id -> "'" + id + "'").toList()) + ")",
                Integer.class)).isZero();
        assertThat(certificates(learner)).isOne();
        assertThat(readModel(learner)).isEqualTo(readModel);
        assertThat(jdbc.queryForList("SELECT * FROM reporting_certificate WHERE employee_id = ?", learner.value()))
                .isEqualTo(certificateRows);
        assertThat(jdbc.queryForList("SELECT * FROM reporting_enrolment WHERE employee_id = ?", learner.value()))
                .isEqualTo(enrolmentRows);
    }

    private EmployeeId register() {
        String email = "redelivery." + ThreadLocalRandom.current().nextInt(1_000_000_000) + "@events.podium.test";
        return AsHr.call(() -> employees.register(new EmployeeDraft("Rie", "Levering", email, null, null, "DK",
                null, EnumSet.of(Role.EMPLOYEE), Locale.ENGLISH)));
    }

    private int certificates(EmployeeId employee) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM certificate WHERE employee_id = ?", Integer.class,
                employee.value());
    }

    /** The person's read-model row without its bookkeeping timestamp. */
    private Map<String, Object> readModel(EmployeeId employee) {
        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM reporting_employee WHERE employee_id = ?",
                employee.value());
        row.remove("updated_at");
        return row;
    }
}
