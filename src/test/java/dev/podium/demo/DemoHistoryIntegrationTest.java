package dev.podium.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podium.AsHr;
import dev.podium.PodiumSpringTest;
import dev.podium.SignIn;
import dev.podium.activity.ActivityIndexService;
import dev.podium.certificate.CertificateService;
import dev.podium.learning.CourseProgress;
import dev.podium.learning.LearningService;
import dev.podium.people.DemoOrganisationSeeded;
import dev.podium.people.EmployeeDraft;
import dev.podium.people.EmployeeService;
import dev.podium.shared.EmployeeId;
import dev.podium.shared.Languages;
import dev.podium.shared.Role;
import dev.podium.shared.SystemUser;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The demo's history, written for a group of fresh people through the real services: most are assigned the
 * courses, some read lessons, some completed the guidelines (and so hold its certificate), many attested, the
 * posting ones have activity spread over the twelve weeks up to the application's today, many had their profile
 * audited (most approved with varied scores, some still open), and some are on the coaching programme.
 */
@PodiumSpringTest
class DemoHistoryIntegrationTest {

    @Autowired
    DemoHistory history;
    @Autowired
    EmployeeService employees;
    @Autowired
    LearningService learning;
    @Autowired
    CertificateService certificates;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;

    @Test
    void the_history_gives_a_group_assignments_progress_completions_attestations_and_twelve_weeks_of_activity() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        List<EmployeeId> people = new ArrayList<>();
        List<String> emails = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String email = "demo" + i + "." + tag + "@demo-history.podium.test";
            Locale language = i % 2 == 0 ? Languages.DANISH : Languages.ENGLISH;
            EmployeeId id = SystemUser.call(() -> employees.register(new EmployeeDraft("Demo", "Person" + tag,
                    email, "Tester", null, "DK", null, EnumSet.of(Role.EMPLOYEE), language)));
            people.add(id);
            emails.add(email);
        }
        EmployeeId hr = people.getFirst();

        DemoHistory.Figures figures = history.write(new DemoOrganisationSeeded(hr, people));

        assertThat(figures.skipped).isZero();
        assertThat(figures.assigned).isGreaterThan(30);
        assertThat(figures.reading).isGreaterThan(10);
        assertThat(figures.completed).isGreaterThan(2);
        assertThat(figures.attested).isGreaterThan(5);
        assertThat(figures.imports).isGreaterThan(20);
        List<Long> ids = people.stream().map(EmployeeId::value).toList();
        long completed = jdbc.sql("SELECT COUNT(*) FROM enrolment WHERE employee_id IN (:ids) AND completed_at IS NOT"
                + " NULL").param("ids", ids).query(Long.class).single();
        assertThat(completed).isEqualTo(figures.completed);
        long certified = AsHr.call(() -> certificates.page(null, PageRequest.of(0, 2_000)).stream()
                .filter(c -> people.contains(c.employee())).count());
        assertThat(certified).isEqualTo(figures.completed);
        // the activity ends today and reaches back over the window, by the application's clock
        Integer weeks = jdbc.sql("SELECT COUNT(DISTINCT YEARWEEK(occurred_at, 3)) FROM activity_item WHERE"
                + " employee_id IN (:ids)").param("ids", ids).query(Integer.class).single();
        assertThat(weeks).isBetween(10, 13);
        // profile audits: most approved by their coach with scores that differ, some still open (review or revision)
        assertThat(figures.audits).isGreaterThan(8);
        assertThat(figures.approved).isGreaterThan(5);
        assertThat(figures.audits - figures.approved).isPositive();
        List<Integer> scores = jdbc.sql("SELECT final_score FROM profile_audit WHERE employee_id IN (:ids) AND status ="
                + " 'APPROVED' AND final_score IS NOT NULL").param("ids", ids).query(Integer.class).list();
        assertThat(scores).hasSize(figures.approved);
        assertThat(scores.stream().distinct().count()).isGreaterThan(3);
        long open = jdbc.sql("SELECT COUNT(*) FROM profile_audit WHERE employee_id IN (:ids) AND status IN"
                + " ('IN_REVIEW', 'REVISION_REQUESTED')").param("ids", ids).query(Long.class).single();
        assertThat(open).isEqualTo(figures.audits - figures.approved);
        // coaching programmes started through the coaching service, the approvals reaching their milestones
        assertThat(figures.programmes).isPositive();
        long programmes = jdbc.sql("SELECT COUNT(*) FROM coaching_programme WHERE employee_id IN (:ids)")
                .param("ids", ids).query(Long.class).single();
        assertThat(programmes).isEqualTo(figures.programmes);
        long milestones = jdbc.sql("SELECT COUNT(*) FROM coaching_milestone WHERE employee_id IN (:ids)")
                .param("ids", ids).query(Long.class).single();
        assertThat(milestones).isPositive();
        System.out.printf("Demo history for 40 people: %d audits (%d approved, %d revisions), %d programmes (%d with"
                + " topics agreed), audits and coaching in %d ms%n", figures.audits, figures.approved,
                figures.revisions, figures.programmes, figures.topicsAgreed, figures.auditMillis);
        SignIn.as(users, emails.get(0));
        try {
            assertThat(learning.myLearning(Languages.DANISH)).extracting(CourseProgress::courseId)
                    .contains(DemoHistory.GUIDELINES);
        } finally {
            SignIn.out();
        }
    }
}
