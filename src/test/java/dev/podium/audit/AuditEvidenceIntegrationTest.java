package dev.podium.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podium.MutableClock;
import dev.podium.PodiumSpringTest;
import dev.podium.activity.VoiceTopicService;
import dev.podium.audit.AuditFixtures.Person;
import dev.podium.course.TaskCompletion;
import dev.podium.learning.LearningService;
import dev.podium.learning.TaskState;
import dev.podium.people.EmployeeService;
import dev.podium.shared.CourseId;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The profile-optimisation course's audit tasks complete from what the audit module records: a submission
 * ({@code audit-submitted}) and a coach's approval ({@code audit-approved}), also when the learner enrols after
 * submitting.
 */
@PodiumSpringTest
@RecordApplicationEvents
class AuditEvidenceIntegrationTest {

    private static final CourseId PROFILE = CourseId.of("profile-optimisation");

    @Autowired
    AuditService audits;
    @Autowired
    LearningService learning;
    @Autowired
    EmployeeService employees;
    @Autowired
    VoiceTopicService activity;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    ApplicationEvents events;

    AuditFixtures fixtures;

    @BeforeEach
    void setUp() {
        clock.reset();
        fixtures = new AuditFixtures(employees, users, activity, audits, jdbc);
    }

    @AfterEach
    void signOut() {
        AuditFixtures.signOut();
    }

    @Test
    void submitting_the_profile_completes_the_submit_task_and_the_approval_the_approved_task() {
        Person mette = fixtures.person("Mette", Locale.ENGLISH);
        fixtures.signIn(mette);
        learning.enrol(PROFILE, Locale.ENGLISH);
        assertThat(task(mette, "submit-profile-audit").completed()).isFalse();

        long auditId = fixtures.submitComplete(mette);

        assertThat(events.stream(ProfileAuditSubmitted.class).filter(e -> e.auditId() == auditId)).singleElement()
                .extracting(ProfileAuditSubmitted::round).isEqualTo(1);
        TaskState submitted = task(mette, "submit-profile-audit");
        assertThat(submitted.completed()).isTrue();
        assertThat(submitted.completedBy()).isEqualTo(TaskCompletion.AUDIT);
        assertThat(task(mette, "profile-audit-approved").completed()).as("the coach has not decided yet").isFalse();

        fixtures.signInAsCoachOf(auditId);
        audits.approve(auditId, AuditFixtures.fullMarks(audits.audit(auditId)));

        assertThat(task(mette, "profile-audit-approved").completed()).isTrue();
    }

    @Test
    void a_profile_submitted_before_enrolling_completes_the_task_on_enrolment() {
        Person nils = fixtures.person("Nils", Locale.ENGLISH);
        fixtures.submitComplete(nils);

        fixtures.signIn(nils);
        learning.enrol(PROFILE, Locale.ENGLISH);

        assertThat(task(nils, "submit-profile-audit").completed()).isTrue();
        assertThat(task(nils, "profile-audit-approved").completed()).isFalse();
    }

    private TaskState task(Person person, String taskId) {
        fixtures.signIn(person);
        return learning.progress(PROFILE, Locale.ENGLISH).orElseThrow().tasks().get(taskId);
    }
}
