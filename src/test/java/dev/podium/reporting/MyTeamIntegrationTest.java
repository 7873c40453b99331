package dev.podium.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podium.AsHr;
import dev.podium.PodiumSpringTest;
import dev.podium.SignIn;
import dev.podium.activity.ActivityImportService;
import dev.podium.activity.LinkedInArchives;
import dev.podium.activity.UploadedArchive;
import dev.podium.certificate.CertificateIssued;
import dev.podium.learning.CourseEnrolled;
import dev.podium.people.EmployeeDraft;
import dev.podium.people.EmployeeService;
import dev.podium.shared.Role;
import dev.podium.shared.CourseId;
import dev.podium.shared.EmployeeId;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** "My team": a line manager sees their direct reports' courses and certificates, no one else's, and no posts. */
@PodiumSpringTest
class MyTeamIntegrationTest {

    private static final CourseId COURSE = CourseId.of("team-course");
    private static final String SECRET_POST = "Nobody but me should read this sentence about winter heat pump trials"
            + " in our older brick houses, which I wrote for my own network and my own voice.";

    @Autowired
    ReportingService reporting;
    @Autowired
    EmployeeService employees;
    @Autowired
    ActivityImportService activity;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    UserDetailsService users;
    @Autowired
    Clock clock;

    @TempDir
    Path folder;

    String managerEmail;
    EmployeeId manager;
    EmployeeId report;
    String reportEmail;
    EmployeeId otherReport;
    EmployeeId stranger;

    @BeforeEach
    void aManagerWithTwoReportsAndAStranger() {
        managerEmail = email("manager");
        manager = register("Mona", "Manager", managerEmail, null, EnumSet.of(Role.EMPLOYEE, Role.LINE_MANAGER));
        reportEmail = email("report");
        report = register("Rasmus", "Report", reportEmail, manager, EnumSet.of(Role.EMPLOYEE));
        otherReport = register("Rikke", "Report", email("report"), manager, EnumSet.of(Role.EMPLOYEE));
        EmployeeId otherManager = register("Otto", "Other", email("other"), null,
                EnumSet.of(Role.EMPLOYEE, Role.LINE_MANAGER));
        stranger = register("Stig", "Stranger", email("stranger"), otherManager, EnumSet.of(Role.EMPLOYEE));
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void a_manager_sees_their_direct_reports_assignments_due_dates_and_certificates() {
        LocalDate due = today().plusDays(14);
        events.publishEvent(new CourseEnrolled(report, COURSE, manager, due, clock.instant()));
        events.publishEvent(new CertificateIssued(report, 700_000_000L + report.value(), "guidelines", null,
                clock.instant(), today().plusDays(365)));

        SignIn.as(users, managerEmail);
        List<TeamMember> team = reporting.myTeam();
        assertThat(team).extracting(TeamMember::id).containsExactlyInAnyOrder(report, otherReport);
        TeamMember member = team.stream().filter(m -> m.id().equals(report)).findFirst().orElseThrow();
        assertThat(member.coursesAssigned()).isEqualTo(1);
        assertThat(member.nextDueDate()).isEqualTo(due);
        assertThat(member.certificates()).isEqualTo(1);

        TeamMemberDetail detail = reporting.teamMember(report);
        assertThat(detail.assignments()).singleElement().satisfies(assignment -> {
            assertThat(assignment.course()).isEqualTo(COURSE);
            assertThat(assignment.assigned()).isTrue();
            assertThat(assignment.dueDate()).isEqualTo(due);
            assertThat(assignment.completed()).isFalse();
        });
        assertThat(detail.certificates()).extracting(TeamMemberDetail.HeldCertificate::achievementId)
                .containsExactly("guidelines");
    }

    @Test
    void a_manager_cannot_read_someone_who_is_not_their_direct_report() {
        SignIn.as(users, managerEmail);
        assertThatThrownBy(() -> reporting.teamMember(stranger)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reporting.teamMember(manager)).as("not even themself")
                .isInstanceOf(AccessDeniedException.class);
        assertThat(reporting.myTeam()).extracting(TeamMember::id).doesNotContain(stranger);
    }

    @Test
    void someone_without_the_line_manager_role_is_refused() {
        SignIn.as(users, reportEmail);
        assertThatThrownBy(() -> reporting.myTeam()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reporting.teamMember(otherReport)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void no_post_text_reaches_the_manager_even_after_the_report_imported_posts() throws IOException {
        SignIn.as(users, reportEmail);
        LinkedInArchives archive = new LinkedInArchives();
        archive.post(clock.instant().minus(Duration.ofDays(2)), SECRET_POST);
        Path zip = archive.writeZip(folder, "Team_LinkedInDataExport.zip");
        try (InputStream in = Files.newInputStream(zip)) {
            UploadedArchive upload = activity.receiveUpload(zip.getFileName().toString(), in);
            activity.preview(upload, read -> { }).join();
            activity.confirm(upload, written -> { }).join();
        }

        SignIn.as(users, managerEmail);
        String everything = reporting.myTeam().toString() + reporting.teamMember(report);
        assertThat(everything).doesNotContain("heat pump").doesNotContain("brick houses");
        // nothing in what a manager gets could carry text: counts, dates, course and certificate ids only
        assertThat(Set.of(TeamMember.class.getRecordComponents()).stream().map(c -> c.getName()))
                .doesNotContain("text", "post", "posts", "sli", "index");
    }

    private EmployeeId register(String first, String last, String email, EmployeeId lineManager, Set<Role> roles) {
        return AsHr.call(() -> employees.register(new EmployeeDraft(first, last, email, "Consultant", null, "DK",
                lineManager, roles, Locale.ENGLISH)));
    }

    private static String email(String who) {
        return who + "." + ThreadLocalRandom.current().nextInt(1_000_000_000) + "@team.podium.test";
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
