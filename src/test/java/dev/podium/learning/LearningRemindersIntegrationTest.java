package dev.podium.learning;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podium.AsHr;
import dev.podium.MutableClock;
import dev.podium.PodiumSpringTest;
import dev.podium.people.EmployeeDraft;
import dev.podium.people.EmployeeService;
import dev.podium.shared.Role;
import dev.podium.shared.SystemUser;
import dev.podium.shared.CourseId;
import dev.podium.shared.EmployeeId;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The daily learner nudges: each one once, however often the job runs. */
@PodiumSpringTest
class LearningRemindersIntegrationTest {

    private static final CourseId BASICS = CourseId.of("journey-basics");

    @Autowired
    LearningService learning;
    @Autowired
    EmployeeService employees;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcClient jdbc;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void a_course_due_soon_then_overdue_is_announced_once_each() {
        EmployeeId ann = person("ann");
        LocalDate today = LocalDate.now(clock);
        AsHr.run(() -> learning.assign(List.of(ann), BASICS, today.plusDays(5), ann));

        SystemUser.call(learning::remindLearners);
        SystemUser.call(learning::remindLearners);
        assertThat(keys(ann)).containsExactly("learning.notification.due-soon");

        clock.advance(Duration.ofDays(6));
        SystemUser.call(learning::remindLearners);
        SystemUser.call(learning::remindLearners);
        assertThat(keys(ann)).containsExactlyInAnyOrder("learning.notification.due-soon",
                "learning.notification.overdue");
    }

    @Test
    void a_learner_without_activity_for_two_weeks_is_nudged_once() {
        EmployeeId bo = person("bo");
        AsHr.run(() -> learning.assign(List.of(bo), BASICS, null, bo));
        SystemUser.call(learning::remindLearners);
        assertThat(keys(bo)).isEmpty();

        clock.advance(Duration.ofDays(15));
        SystemUser.call(learning::remindLearners);
        SystemUser.call(learning::remindLearners);

        assertThat(keys(bo)).containsExactly("learning.notification.stalled");
    }

    private List<String> keys(EmployeeId person) {
        return jdbc.sql("select message_key from notification where recipient_id = ?").param(person.value())
                .query(String.class).list();
    }

    private EmployeeId person(String name) {
        return AsHr.call(() -> employees.register(new EmployeeDraft(name, "Nudge", name + "." + tag
                + "@nudge.podium.test", null, null, "DK", null, EnumSet.of(Role.EMPLOYEE), Locale.ENGLISH)));
    }
}
