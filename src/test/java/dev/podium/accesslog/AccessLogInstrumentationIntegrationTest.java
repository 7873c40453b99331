package dev.podium.accesslog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podium.PodiumSpringTest;
import dev.podium.SignIn;
import dev.podium.activity.VoiceTopicService;
import dev.podium.audit.AuditFilter;
import dev.podium.audit.AuditFixtures;
import dev.podium.audit.AuditService;
import dev.podium.certificate.CertificateFilter;
import dev.podium.certificate.CertificateService;
import dev.podium.certificate.IssuedCertificate;
import dev.podium.coaching.CoachingService;
import dev.podium.people.EmployeeDetails;
import dev.podium.people.EmployeeDraft;
import dev.podium.people.EmployeeFilter;
import dev.podium.people.EmployeeService;
import dev.podium.people.HrisFile;
import dev.podium.people.HrisImportService;
import dev.podium.people.HrisMapping;
import dev.podium.reporting.DashboardFilter;
import dev.podium.reporting.FunnelStage;
import dev.podium.reporting.ReportingService;
import dev.podium.reporting.TeamMember;
import dev.podium.shared.AccessLogAction;
import dev.podium.shared.EmployeeId;
import dev.podium.shared.Role;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Every HR and coach action on people's data leaves exactly one row in the access log, naming the actor, the action
 * and the person; a rolled-back action leaves none.
 */
@PodiumSpringTest
class AccessLogInstrumentationIntegrationTest {

    private static final String HR = "hr@podium.local";

    @Autowired
    EmployeeService employees;
    @Autowired
    HrisImportService imports;
    @Autowired
    ReportingService reporting;
    @Autowired
    CertificateService certificates;
    @Autowired
    AuditService audits;
    @Autowired
    CoachingService coaching;
    @Autowired
    VoiceTopicService voiceTopics;
    @Autowired
    UserDetailsService users;
    @Autowired
    org.springframework.context.ApplicationEventPublisher events;
    @Autowired
    java.time.Clock clock;
    @Autowired
    JdbcTemplate jdbc;

    AccessLogRows rows;
    EmployeeId hr;

    @BeforeEach
    void setUp() {
        rows = new AccessLogRows(jdbc);
        hr = EmployeeId.of(jdbc.queryForObject("SELECT id FROM employee WHERE email = ?", Long.class, HR));
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void hr_opening_the_employee_list_is_one_row_and_scrolling_on_adds_none() {
        AccessLogRows.Row row = single(() -> employees.search(EmployeeFilter.all(), PageRequest.of(0, 50)),
                AccessLogAction.LIST_OPENED, null);
        assertThat(row.group()).isEqualTo("employees");
        assertThat(recorded(() -> employees.search(EmployeeFilter.all(), PageRequest.of(1, 50)))).isEmpty();
    }

    @Test
    void hr_opening_a_person_is_one_row_naming_them() {
        EmployeeId person = register("Opened");
        single(() -> employees.open(person), AccessLogAction.PERSON_OPENED, person);
    }

    @Test
    void registering_changing_and_the_account_actions_are_one_row_each() {
        String email = "logged." + UUID.randomUUID().toString().substring(0, 8) + "@accesslog.podium.test";
        EmployeeDraft draft = new EmployeeDraft("Logged", "Person", email, null, null, "DK", null,
                EnumSet.of(Role.EMPLOYEE), Locale.ENGLISH);
        long mark = rows.mark();
        EmployeeId person = SignIn.call(users, HR, () -> employees.register(draft));
        assertOne(mark, AccessLogAction.EMPLOYEE_REGISTERED, person);

        EmployeeDraft renamed = new EmployeeDraft("Logged", "Renamed", email, null, null, "DK", null,
                EnumSet.of(Role.EMPLOYEE), Locale.ENGLISH);
        single(() -> employees.update(person, renamed), AccessLogAction.EMPLOYEE_CHANGED, person);
        EmployeeDraft coach = new EmployeeDraft("Logged", "Renamed", email, null, null, "DK", null,
                EnumSet.of(Role.EMPLOYEE, Role.COACH), Locale.ENGLISH);
        AccessLogRows.Row roles = single(() -> employees.update(person, coach), AccessLogAction.ROLES_CHANGED,
                person);
        assertThat(roles.detail()).contains("[EMPLOYEE]", "[COACH, EMPLOYEE]");
        single(() -> employees.setPassword(person, "harbour-lantern-quietly-47"), AccessLogAction.PASSWORD_SET,
                person);
        single(() -> employees.unlockAccount(person), AccessLogAction.ACCOUNT_UNLOCKED, person);
        single(() -> employees.deactivate(person), AccessLogAction.ACCOUNT_DEACTIVATED, person);
        single(() -> employees.reactivate(person), AccessLogAction.ACCOUNT_REACTIVATED, person);
    }

    @Test
    void an_hris_import_is_one_row_with_its_counts_and_a_refused_one_leaves_none() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        HrisFile file = read("""
                Employee ID,E-mail,First name,Last name,Department,Country
                %1$s-1,ann.%1$s@example.org,Ann,Andersen,Logged %1$s,DK
                %1$s-2,bo.%1$s@example.org,Bo,Berg,Logged %1$s,DK
                """.formatted(tag));
        AccessLogRows.Row row = single(() -> imports.importFile(file, HrisMapping.guess(file.headers()), n -> { })
                .join(), AccessLogAction.HRIS_IMPORTED, null);
        assertThat(row.group()).isEqualTo("people.csv");
        assertThat(row.detail()).contains("2 rows", "2 new");

        HrisFile broken = read("""
                Employee ID,E-mail,First name,Last name,Department,Country
                %1$s-3,not-an-address,Cy,Cole,Logged %1$s,DK
                """.formatted(tag));
        assertThat(recorded(() -> {
            try {
                return imports.importFile(broken, HrisMapping.guess(broken.headers()), n -> { }).join();
            } catch (RuntimeException refused) {
                return null;
            }
        })).as("a refused import is no import").isEmpty();
    }

    @Test
    void a_drill_down_is_one_row_when_opened_and_its_export_one_more() {
        // a department of its own with five people certified and expiring soon: a named list exists only for a group
        // the dashboard shows, and other tests' people must not decide whether this one is shown
        long department = SignIn.call(users, HR, () -> employees.ensureDepartment(
                "Logged " + UUID.randomUUID().toString().substring(0, 8), "DK")).id();
        DashboardFilter mine = new DashboardFilter(department, null, null);
        java.time.LocalDate today = java.time.LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC);
        for (int i = 0; i < 5; i++) {
            String email = "drill." + UUID.randomUUID().toString().substring(0, 8) + "@accesslog.podium.test";
            EmployeeId person = SignIn.call(users, HR, () -> employees.register(new EmployeeDraft("Drill", "Logged",
                    email, null, department, "DK", null, Set.of(Role.EMPLOYEE), Locale.ENGLISH)));
            events.publishEvent(new dev.podium.certificate.CertificateIssued(person, 700_000_000L + person.value(),
                    "social-media-guidelines", null, clock.instant(), today.plusDays(20)));
        }
        single(() -> reporting.people(mine, FunnelStage.CERTIFIED, true, 0, 50), AccessLogAction.LIST_OPENED,
                null);
        assertThat(recorded(() -> reporting.people(mine, FunnelStage.CERTIFIED, true, 50, 50))).isEmpty();
        single(() -> reporting.exportPeople(mine, FunnelStage.CERTIFIED, true, 0, 1000),
                AccessLogAction.EXPORTED, null);
        assertThat(recorded(() -> reporting.exportPeople(mine, FunnelStage.CERTIFIED, true, 1000, 1000)))
                .isEmpty();
        AccessLogRows.Row expiring = single(() -> reporting.expiringCertificates(mine, 90, 0, 50),
                AccessLogAction.LIST_OPENED, null);
        assertThat(expiring.group()).contains("90 days");
        single(() -> reporting.exportExpiringCertificates(mine, 90, 0, 1000), AccessLogAction.EXPORTED, null);
    }

    @Test
    void a_line_manager_opening_my_team_and_a_report_is_one_row_each() {
        List<TeamMember> team = SignIn.call(users, HR, () -> reporting.myTeam());
        assertThat(team).as("the demo HR administrator manages a team").isNotEmpty();
        single(() -> reporting.myTeam(), AccessLogAction.LIST_OPENED, null);
        EmployeeId report = team.getFirst().id();
        single(() -> reporting.teamMember(report), AccessLogAction.PERSON_OPENED, report);
    }

    @Test
    void issuing_and_revoking_a_certificate_by_hand_is_one_row_each() {
        EmployeeId person = register("Certified");
        IssuedCertificate issued = SignIn.call(users, HR, () -> certificates.issueManually(person,
                "social-media-guidelines", "Attended the live workshop"));
        long mark = rows.mark();
        SignIn.run(users, HR, () -> certificates.revoke(issued.id(), "Issued in error"));
        assertOne(mark, AccessLogAction.CERTIFICATE_REVOKED, person);

        single(() -> certificates.issueManually(person, "social-media-guidelines", "Second workshop"),
                AccessLogAction.CERTIFICATE_ISSUED, person);
    }

    @Test
    void hr_reassigning_a_profile_audit_is_one_row_naming_the_audited_person() {
        AuditFixtures fixtures = new AuditFixtures(employees, users, voiceTopics, audits, jdbc);
        AuditFixtures.Person mette = fixtures.person("Mette", Locale.ENGLISH);
        long auditId = fixtures.submitComplete(mette);
        AuditFixtures.Person newCoach = fixtures.person("Newcoach", Locale.ENGLISH, Role.COACH);
        AuditFixtures.signOut();

        single(() -> audits.reassign(auditId, newCoach.id()), AccessLogAction.AUDIT_REASSIGNED, mette.id());
    }

    @Test
    void hr_changing_a_participants_coach_is_one_row_naming_the_participant() {
        EmployeeId participant = register("Coached");
        long programme = SignIn.call(users, HR, () -> coaching.assign(participant));
        EmployeeId current = SignIn.call(users, HR, () -> coaching.programmes(PageRequest.of(0, 500))).stream()
                .filter(row -> row.programmeId() == programme).findFirst().orElseThrow().coach();
        EmployeeId other = SignIn.call(users, HR, () -> coaching.coaches()).stream().map(c -> c.id())
                .filter(id -> !id.equals(current) && !id.equals(participant)).findFirst().orElseThrow();

        single(() -> coaching.reassignCoach(programme, other), AccessLogAction.COACH_CHANGED, participant);
    }

    @Test
    void hr_opening_the_certificate_audit_and_programme_lists_is_one_row_each_and_scrolling_adds_none() {
        single(() -> certificates.page(CertificateFilter.none(), PageRequest.of(0, 50)), AccessLogAction.LIST_OPENED,
                null);
        assertThat(recorded(() -> certificates.page(CertificateFilter.none(), PageRequest.of(1, 50)))).isEmpty();
        single(() -> audits.allAudits(AuditFilter.open(), 0, 50), AccessLogAction.LIST_OPENED, null);
        assertThat(recorded(() -> audits.allAudits(AuditFilter.open(), 50, 50))).isEmpty();
        single(() -> coaching.programmes(PageRequest.of(0, 50)), AccessLogAction.LIST_OPENED, null);
        assertThat(recorded(() -> coaching.programmes(PageRequest.of(1, 50)))).isEmpty();
    }

    /** Runs the work as the demo HR administrator and checks it left exactly one row of that action and person. */
    private AccessLogRows.Row single(Runnable work, AccessLogAction action, @Nullable EmployeeId person) {
        long mark = rows.mark();
        SignIn.run(users, HR, work);
        return assertOne(mark, action, person);
    }

    private AccessLogRows.Row single(Supplier<?> work, AccessLogAction action, @Nullable EmployeeId person) {
        return single((Runnable) work::get, action, person);
    }

    private AccessLogRows.Row assertOne(long mark, AccessLogAction action, @Nullable EmployeeId person) {
        List<AccessLogRows.Row> recorded = rows.since(mark);
        assertThat(recorded).as("rows recorded").hasSize(1);
        AccessLogRows.Row row = recorded.getFirst();
        assertThat(row.action()).isEqualTo(action);
        assertThat(row.person()).isEqualTo(person);
        assertThat(row.actorName()).isEqualTo(HR);
        assertThat(row.actorId()).isEqualTo(hr);
        return row;
    }

    private List<AccessLogRows.Row> recorded(Supplier<?> work) {
        long mark = rows.mark();
        SignIn.call(users, HR, work);
        return rows.since(mark);
    }

    private EmployeeId register(String firstName) {
        String email = firstName.toLowerCase(Locale.ROOT) + "." + UUID.randomUUID().toString().substring(0, 8)
                + "@accesslog.podium.test";
        return SignIn.call(users, HR, () -> employees.register(new EmployeeDraft(firstName, "Logged", email, null,
                null, "DK", null, Set.of(Role.EMPLOYEE), Locale.ENGLISH)));
    }

    private HrisFile read(String csv) {
        return SignIn.call(users, HR, () -> imports.read("people.csv",
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8))));
    }
}
