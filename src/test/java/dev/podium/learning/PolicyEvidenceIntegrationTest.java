package dev.podium.learning;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podium.PodiumSpringTest;
import dev.podium.SignIn;
import dev.podium.course.CourseOutline;
import dev.podium.course.CourseService;
import dev.podium.course.TaskCompletion;
import dev.podium.people.EmployeeDraft;
import dev.podium.people.EmployeeService;
import dev.podium.policy.Attestation;
import dev.podium.policy.PolicyAttested;
import dev.podium.policy.PolicyPage;
import dev.podium.policy.PolicyService;
import dev.podium.shared.Role;
import dev.podium.shared.SystemUser;
import dev.podium.shared.CourseId;
import java.util.EnumSet;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The guidelines course's attestation task, completed by learning from policy's side of things: on
 * {@link PolicyAttested} when the person is enrolled already, and on enrolling when they attested before.
 */
@PodiumSpringTest
class PolicyEvidenceIntegrationTest {

    private static final CourseId GUIDELINES = CourseId.of("social-media-guidelines");

    @Autowired
    LearningService learning;
    @Autowired
    PolicyService policies;
    @Autowired
    CourseService courses;
    @Autowired
    EmployeeService employees;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void signInAsANewLearner() {
        String email = "attests." + ThreadLocalRandom.current().nextInt(1_000_000_000) + "@learning.podium.test";
        SystemUser.call(() -> employees.register(new EmployeeDraft("Petra", "Policy", email, null, null, "DK", null,
                EnumSet.of(Role.EMPLOYEE), Locale.ENGLISH)));
        SignIn.as(users, email);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void attesting_after_enrolling_completes_the_task_through_the_recorded_event() {
        learning.enrol(GUIDELINES, Locale.ENGLISH);
        assertThat(task().completed()).isFalse();
        int delivered = deliveredToLearning();

        Attestation attestation = attest();

        assertThat(task().completed()).isTrue();
        assertThat(task().completedBy()).isEqualTo(TaskCompletion.ATTESTATION);
        assertThat(deliveredToLearning()).as("a durable publication, completed by learning's listener")
                .isEqualTo(delivered + 1);
        // the attestation still records the course version being taken, which learning gives it
        String taken = courses.outline(GUIDELINES, Locale.ENGLISH).map(CourseOutline::contentHash).orElseThrow();
        assertThat(attestation.courseVersion()).isEqualTo(taken);
    }

    @Test
    void attesting_before_enrolling_completes_the_task_on_enrolment() {
        Attestation attestation = attest();
        assertThat(attestation.courseVersion()).as("not enrolled: no course to record").isNull();
        assertThat(attestation.quizScore()).isNull();

        learning.enrol(GUIDELINES, Locale.ENGLISH);

        assertThat(task().completed()).isTrue();
        assertThat(task().completedBy()).isEqualTo(TaskCompletion.ATTESTATION);
    }

    @Test
    void enrolling_without_an_attestation_leaves_the_task_open() {
        learning.enrol(GUIDELINES, Locale.ENGLISH);
        assertThat(task().completed()).isFalse();
    }

    private Attestation attest() {
        PolicyPage page = policies.policy(GUIDELINES.value(), Locale.ENGLISH).orElseThrow();
        return policies.attest(GUIDELINES.value(), page.version(), page.textSha256(), Locale.ENGLISH);
    }

    private TaskState task() {
        return learning.progress(GUIDELINES, Locale.ENGLISH).orElseThrow().tasks().get("attest-guidelines");
    }

    private int deliveredToLearning() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE EVENT_TYPE = ? AND LISTENER_ID LIKE ? "
                + "AND COMPLETION_DATE IS NOT NULL", Integer.class, PolicyAttested.class.getName(),
                "%PolicyEvidenceListener%");
    }
}
