package dev.podium.rollout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podium.PodiumSpringTest;
import dev.podium.SignIn;
import dev.podium.people.DepartmentSummary;
import dev.podium.people.EmployeeService;
import dev.podium.people.HrisFile;
import dev.podium.people.HrisImportService;
import dev.podium.people.HrisMapping;
import dev.podium.shared.CourseId;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The orchestrator over more than one page of members: everyone enrolled once, the reporting copy right after the
 * launch, and a launch stopped between two pages resumed from where it stopped.
 */
@PodiumSpringTest
class WaveLaunchIntegrationTest {

    private static final CourseId BASICS = CourseId.of("journey-basics");
    /** More than a page, so that the launch takes two pages and the second is a partial one. */
    private static final int PEOPLE = WaveLauncher.PAGE + 150;

    @Autowired
    Clock clock;
    @Autowired
    WaveService waves;
    @Autowired
    WaveLauncher launcher;
    @Autowired
    HrisImportService imports;
    @Autowired
    EmployeeService employees;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void signInAsHr() {
        SignIn.as(users, "hr@podium.local");
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void a_launch_over_two_pages_enrols_every_member_once_and_reporting_counts_them_right_after() {
        long wave = plannedWave();

        WaveLaunch launch = waves.launch(wave);
        WaveLaunchOutcome outcome = launch.finished().join();

        assertThat(launch.members()).isEqualTo(PEOPLE);
        assertThat(outcome.membersDone()).isEqualTo(PEOPLE);
        assertThat(outcome.enrolments()).isEqualTo(PEOPLE);
        assertThat(enrolments(wave)).isEqualTo(PEOPLE);
        assertThat(distinctEnrolled(wave)).as("nobody enrolled twice").isEqualTo(PEOPLE);
        WaveDetails details = waves.get(wave);
        assertThat(details.launchFinished()).isTrue();
        assertThat(details.membersLaunched()).isEqualTo(PEOPLE);
        assertThat(waves.progress(wave)).isEqualTo(new WaveProgress(PEOPLE, 0, 0));
        assertReportingCounts(wave);
    }

    @Test
    void a_launch_stopped_after_its_first_page_is_resumed_from_there_and_enrols_nobody_twice() {
        long wave = plannedWave();
        waves.launch(wave).finished().join();
        List<Long> members = jdbc.sql("select employee_id from wave_member where wave_id = ? order by employee_id")
                .param(wave).query(Long.class).list();
        long firstPageEnd = members.get(WaveLauncher.PAGE - 1);
        List<Timestamp> firstPageEnrolled = enrolledAt(wave, firstPageEnd);
        // as a node dying during the second page leaves it: the cursor after the first page, the second page's
        // enrolments rolled back with its transaction, the launch untouched for a while
        jdbc.sql("delete from enrolment where course_id = ? and employee_id in "
                + "(select employee_id from wave_member where wave_id = ? and employee_id > ?)")
                .params(BASICS.value(), wave, firstPageEnd).update();
        jdbc.sql("update wave set launched_through = ?, launch_finished_at = null, "
                + "launch_touched_at = date_sub(launch_touched_at, interval 1 hour) where id = ?")
                .params(firstPageEnd, wave).update();
        assertThat(waves.get(wave).membersLaunched()).isEqualTo(WaveLauncher.PAGE);
        assertThat(waves.get(wave).launchFinished()).isFalse();

        assertThat(launcher.resumeUntouchedSince(clock.instant().minusSeconds(3 * 3600)))
                .as("a launch touched recently is left to whoever runs it").doesNotContain(wave);
        assertThat(launcher.resumeUntouchedSince(clock.instant().minusSeconds(60))).contains(wave);
        WaveLaunchOutcome resumed = launcher.start(wave).join();

        assertThat(waves.get(wave).launchFinished()).isTrue();
        assertThat(enrolments(wave)).isEqualTo(PEOPLE);
        assertThat(distinctEnrolled(wave)).isEqualTo(PEOPLE);
        assertThat(enrolledAt(wave, firstPageEnd)).as("the first page is not done again")
                .isEqualTo(firstPageEnrolled);
        assertThat(resumed.enrolments()).isIn(0L, (long) PEOPLE - WaveLauncher.PAGE);
        assertReportingCounts(wave);
    }

    private void assertReportingCounts(long wave) {
        assertThat(jdbc.sql("select count(*) from reporting_employee where cohort_id = ? and courses_assigned = 1")
                .param(wave).query(Long.class).single()).as("everyone in the cohort, with the assignment")
                .isEqualTo(PEOPLE);
        assertThat(jdbc.sql("select coalesce(sum(population), 0) from reporting_group_figures where cohort_id = ?")
                .param(wave).query(Long.class).single()).as("the cohort's groups count everyone").isEqualTo(PEOPLE);
        assertThat(jdbc.sql("select coalesce(sum(assigned), 0) from reporting_group_figures where cohort_id = ?")
                .param(wave).query(Long.class).single()).isEqualTo(PEOPLE);
    }

    private long plannedWave() {
        StringBuilder csv = new StringBuilder(
                "Employee ID,E-mail,First name,Last name,Job title,Department,Country,Manager ID,Language\n");
        for (int i = 0; i < PEOPLE; i++) {
            csv.append("L").append(tag).append('-').append(i).append(",launch.").append(i).append('.').append(tag)
                    .append("@launch.podium.test,Launch,Person").append(i).append(",Analyst,Launch ").append(tag)
                    .append(",DK,,en\n");
        }
        HrisFile file = imports.read("launch.csv",
                new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)));
        imports.importFile(file, HrisMapping.guess(file.headers()), n -> { }).join();
        DepartmentSummary department = employees.departments().stream()
                .filter(d -> d.name().equals("Launch " + tag)).findFirst().orElseThrow();
        long wave = waves.create("Launch " + tag, null);
        waves.plan(wave, new WavePlan(Set.of(department.id()), Set.of(), Set.of(), Set.of(BASICS), false,
                LocalDate.now(clock).plusDays(30)));
        return wave;
    }

    private long enrolments(long wave) {
        return jdbc.sql("select count(*) from enrolment e join wave_member m on m.employee_id = e.employee_id "
                + "where m.wave_id = ? and e.course_id = ?").params(wave, BASICS.value()).query(Long.class).single();
    }

    private long distinctEnrolled(long wave) {
        return jdbc.sql("select count(distinct e.employee_id) from enrolment e join wave_member m "
                + "on m.employee_id = e.employee_id where m.wave_id = ? and e.course_id = ?")
                .params(wave, BASICS.value()).query(Long.class).single();
    }

    private List<Timestamp> enrolledAt(long wave, long throughEmployee) {
        return jdbc.sql("select e.enrolled_at from enrolment e join wave_member m on m.employee_id = e.employee_id "
                + "where m.wave_id = ? and e.course_id = ? and e.employee_id <= ? order by e.employee_id")
                .params(wave, BASICS.value(), throughEmployee).query(Timestamp.class).list();
    }
}
