package dev.podium.rollout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podium.AsHr;
import dev.podium.PodiumSpringTest;
import dev.podium.SignIn;
import dev.podium.learning.LearningService;
import dev.podium.people.DepartmentSummary;
import dev.podium.people.EmployeeDraft;
import dev.podium.people.EmployeeService;
import dev.podium.people.ListedPeople;
import dev.podium.shared.Role;
import dev.podium.shared.CourseId;
import dev.podium.shared.EmployeeId;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/** A wave from objectives to launch, with learning enrolling the members and reporting their progress. */
@PodiumSpringTest
class WaveIntegrationTest {

    private static final CourseId BASICS = CourseId.of("journey-basics");
    private static final CourseId VOICE = CourseId.of("finding-your-voice");

    @Autowired
    Clock clock;
    @Autowired
    WaveService waves;
    @Autowired
    EmployeeService employees;
    @Autowired
    LearningService learning;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);
    private LocalDate due;

    @BeforeEach
    void signInAsHr() {
        due = LocalDate.now(clock).plusDays(30);
        SignIn.as(users, "hr@podium.local");
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void launching_a_wave_enrols_every_active_member_with_the_due_date_once() {
        DepartmentSummary sales = employees.ensureDepartment("Wave sales " + tag, "DK");
        EmployeeId ann = person("ann", sales.id(), "DK");
        EmployeeId bo = person("bo", sales.id(), "DK");
        EmployeeId gone = person("gone", sales.id(), "DK");
        employees.deactivate(gone);
        EmployeeId listed = person("listed", null, "DK");
        EmployeeId elsewhere = person("elsewhere", null, "DK");

        long wave = waves.create("Wave " + tag, "Everyone in sales finds their voice");
        assertThat(waves.get(wave).state()).isEqualTo(WaveState.DRAFT);
        ListedPeople resolved = waves.resolveList(email("listed") + "\nnobody." + tag + "@example.org");
        assertThat(resolved.found()).containsExactly(listed);
        assertThat(resolved.unknown()).containsExactly("nobody." + tag + "@example.org");
        waves.plan(wave, new WavePlan(Set.of(sales.id()), Set.of(), resolved.found(), Set.of(BASICS, VOICE), false,
                due));
        assertThat(waves.get(wave).state()).isEqualTo(WaveState.PLANNED);
        assertThat(waves.get(wave).members()).isEqualTo(3);

        long members = launch(wave);

        assertThat(members).isEqualTo(3);
        assertThat(enrolments(ann)).containsExactlyInAnyOrder(BASICS.value() + " " + due,
                VOICE.value() + " " + due);
        assertThat(enrolments(bo)).hasSize(2);
        assertThat(enrolments(listed)).hasSize(2);
        assertThat(enrolments(gone)).as("a leaver is no member").isEmpty();
        assertThat(enrolments(elsewhere)).isEmpty();
        assertThatThrownBy(() -> waves.launch(wave)).isInstanceOf(RolloutRuleViolation.class)
                .hasMessageContaining("wave.error.not-planned");
        assertThat(waves.progress(wave)).isEqualTo(new WaveProgress(3, 0, 0));
    }

    @Test
    void an_earlier_enrolment_is_kept_and_only_gains_the_due_date() {
        EmployeeId ann = person("ann", null, "DK");
        AsHr.run(() -> learning.assign(List.of(ann), BASICS, null, ann));
        long enrolmentId = jdbc.sql("select id from enrolment where employee_id = ? and course_id = ?")
                .params(ann.value(), BASICS.value()).query(Long.class).single();

        long wave = waves.create("Wave " + tag, null);
        waves.plan(wave, new WavePlan(Set.of(), Set.of(), Set.of(ann), Set.of(BASICS), false, due));
        launch(wave);
        long second = waves.create("Later wave " + tag, null);
        waves.plan(second, new WavePlan(Set.of(), Set.of(), Set.of(ann), Set.of(BASICS), false, due.plusDays(10)));
        launch(second);

        assertThat(enrolments(ann)).containsExactly(BASICS.value() + " " + due);
        assertThat(jdbc.sql("select id from enrolment where employee_id = ? and course_id = ?")
                .params(ann.value(), BASICS.value()).query(Long.class).single()).isEqualTo(enrolmentId);
    }

    @Test
    void a_plan_needs_members_something_to_do_a_future_due_date_and_known_courses() {
        long wave = waves.create("Wave " + tag, null);
        EmployeeId ann = person("ann", null, "DK");
        assertThatThrownBy(() -> waves.plan(wave, new WavePlan(Set.of(), Set.of(), Set.of(), Set.of(BASICS), false,
                due))).hasMessageContaining("wave.error.no-members");
        assertThatThrownBy(() -> waves.plan(wave, new WavePlan(Set.of(), Set.of("DK"), Set.of(), Set.of(), false,
                due))).hasMessageContaining("wave.error.nothing-to-do");
        assertThatThrownBy(() -> waves.plan(wave, new WavePlan(Set.of(), Set.of(), Set.of(ann), Set.of(BASICS),
                false, LocalDate.now(clock).minusDays(1)))).hasMessageContaining("wave.error.due-date-past");
        assertThatThrownBy(() -> waves.plan(wave, new WavePlan(Set.of(), Set.of(), Set.of(ann),
                Set.of(CourseId.of("no-such-course")), false, due))).hasMessageContaining("wave.error.course-unknown");
        assertThatThrownBy(() -> waves.launch(wave)).hasMessageContaining("wave.error.not-planned");
    }

    @Test
    void a_reminder_reaches_only_members_who_have_not_started_and_only_once_a_day() {
        EmployeeId ann = person("ann", null, "DK");
        EmployeeId bo = person("bo", null, "DK");
        long wave = waves.create("Reminded wave " + tag, null);
        waves.plan(wave, new WavePlan(Set.of(), Set.of(), Set.of(ann, bo), Set.of(BASICS), false, due));
        launch(wave);
        // Bo has started: some activity after the enrolment
        jdbc.sql("update enrolment set last_activity_at = date_add(enrolled_at, interval 1 hour) "
                + "where employee_id = ? and course_id = ?").params(bo.value(), BASICS.value()).update();
        assertThat(waves.progress(wave)).isEqualTo(new WaveProgress(1, 1, 0));

        waves.remindNotStarted(wave);
        waves.remindNotStarted(wave);

        assertThat(reminders(ann)).isEqualTo(1);
        assertThat(reminders(bo)).isZero();
    }

    @Test
    void a_wave_with_the_coaching_programme_starts_it_for_each_member_once() {
        EmployeeId ann = person("ann", null, "DK");
        long wave = waves.create("Coached wave " + tag, null);
        waves.plan(wave, new WavePlan(Set.of(), Set.of(), Set.of(ann), Set.of(), true, null));
        launch(wave);
        long second = waves.create("Coached again " + tag, null);
        waves.plan(second, new WavePlan(Set.of(), Set.of(), Set.of(ann), Set.of(), true, null));
        launch(second);

        assertThat(jdbc.sql("select count(*) from coaching_programme where employee_id = ?").param(ann.value())
                .query(Integer.class).single()).as("one programme, the second wave skips it").isEqualTo(1);
    }

    /** Launches and waits for the launch's worker to enrol everyone. */
    private long launch(long wave) {
        WaveLaunch launch = waves.launch(wave);
        launch.finished().join();
        return launch.members();
    }

    private int reminders(EmployeeId person) {
        return jdbc.sql("select count(*) from notification where recipient_id = ? and message_key = ?")
                .params(person.value(), "learning.notification.wave-reminder").query(Integer.class).single();
    }

    private List<String> enrolments(EmployeeId person) {
        return jdbc.sql("select concat(course_id, ' ', coalesce(due_date, '-')) from enrolment where employee_id = ?")
                .param(person.value()).query(String.class).list();
    }

    private EmployeeId person(String name, Long departmentId, String country) {
        return employees.register(new EmployeeDraft(name, "Wave", email(name), null, departmentId, country, null,
                EnumSet.of(Role.EMPLOYEE), Locale.ENGLISH));
    }

    private String email(String name) {
        return name + "." + tag + "@wave.podium.test";
    }
}
