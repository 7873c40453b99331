package dev.podium.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podium.PodiumSpringTest;
import dev.podium.SignIn;
import dev.podium.security.AccountService;
import dev.podium.shared.Role;
import dev.podium.shared.EmployeeId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

@PodiumSpringTest
@RecordApplicationEvents
class EmployeeServiceIntegrationTest {

    @Autowired
    EmployeeService employees;
    @Autowired
    AccountService accounts;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    EmployeeRepository repository;
    @Autowired
    ApplicationEvents events;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void actAsHr() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "hr-test", null, List.of(new org.springframework.security.core.authority.SimpleGrantedAuthority(
                        Role.HR_ADMIN.authority()))));
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void registering_a_person_opens_their_account_with_the_chosen_roles_and_no_password() {
        EmployeeId id = employees.register(draft("Ada", "Ada." + tag + "@Example.org", null, Set.of(Role.COACH)));

        EmployeeDetails details = employees.get(id);
        assertThat(details.draft().email()).as("e-mail is normalised").isEqualTo("ada." + tag + "@example.org");
        assertThat(details.account()).hasValueSatisfying(account -> {
            assertThat(account.roles()).containsExactly(Role.COACH);
            assertThat(account.passwordSet()).isFalse();
            assertThat(account.enabled()).isTrue();
        });
    }

    @Test
    void a_person_without_roles_is_an_employee() {
        EmployeeId id = employees.register(draft("Bo", "bo." + tag + "@example.org", null, Set.of()));
        assertThat(employees.get(id).account().orElseThrow().roles()).containsExactly(Role.EMPLOYEE);
    }

    @Test
    void an_e_mail_belongs_to_one_person_only() {
        employees.register(draft("Cy", "cy." + tag + "@example.org", null, Set.of()));
        long before = repository.count();

        assertThatThrownBy(() -> employees.register(draft("Cy", "CY." + tag + "@example.org", null, Set.of())))
                .isInstanceOfSatisfying(PeopleRuleViolation.class, violation -> {
                    assertThat(violation.field()).isEqualTo("email");
                    assertThat(violation.messageKey()).isEqualTo("employee.error.email-taken");
                });
        assertThat(repository.count()).isEqualTo(before);
    }

    @Test
    void names_with_invisible_direction_overrides_are_refused_plainly() {
        // U+202E (right-to-left override) would show "Eve\u202Efdp.exe" as "Eveexe.pdf" in lists, PDFs and exports
        for (String name : List.of("Eve\u202Efdp.exe", "\u2066Mallory\u2069", "Ann\u202A")) {
            assertThatThrownBy(() -> employees.register(draft(name, "bidi." + UUID.randomUUID() + "@example.org",
                    null, Set.of()))).isInstanceOfSatisfying(PeopleRuleViolation.class, violation -> {
                        assertThat(violation.field()).isEqualTo("firstName");
                        assertThat(violation.messageKey()).isEqualTo("name.error.bidi");
                    });
        }
        // right-to-left names themselves are welcome
        employees.register(draft("\u05D3\u05E0\u05D4", "rtl." + tag + "@example.org", null, Set.of()));
    }

    @Test
    void bad_input_is_refused_with_a_reason_per_field() {
        assertThatThrownBy(() -> employees.register(draft("", "x." + tag + "@example.org", null, Set.of())))
                .hasMessageContaining("employee.error.first-name-required");
        assertThatThrownBy(() -> employees.register(draft("Di", "not-an-address", null, Set.of())))
                .hasMessageContaining("employee.error.email-invalid");
        assertThatThrownBy(() -> employees.register(new EmployeeDraft("Di", "Test", "di." + tag + "@example.org",
                null, null, "XX", null, Set.of(), Locale.ENGLISH)))
                .hasMessageContaining("employee.error.country-invalid");
        assertThatThrownBy(() -> employees.ensureDepartment("x".repeat(121), "DK"))
                .hasMessageContaining("department.error.name-too-long");
        assertThatThrownBy(() -> employees.ensureDepartment("Legal", "Denmark"))
                .hasMessageContaining("employee.error.country-invalid");
    }

    @Test
    void a_department_is_created_once_per_country() {
        DepartmentSummary first = employees.ensureDepartment("Legal " + tag, "DK");
        assertThat(employees.ensureDepartment("Legal " + tag, "DK")).isEqualTo(first);
        assertThat(employees.ensureDepartment("Legal " + tag, "DE").id()).isNotEqualTo(first.id());
        assertThat(employees.departments()).contains(first);
    }

    @Test
    void reporting_lines_cannot_loop() {
        EmployeeId boss = employees.register(draft("Eve", "eve." + tag + "@example.org", null, Set.of()));
        EmployeeId middle = employees.register(draft("Fay", "fay." + tag + "@example.org", boss, Set.of()));
        EmployeeId junior = employees.register(draft("Gus", "gus." + tag + "@example.org", middle, Set.of()));

        assertThatThrownBy(() -> employees.update(boss, draft("Eve", "eve." + tag + "@example.org", junior,
                Set.of()))).hasMessageContaining("employee.error.manager-cycle");
        assertThatThrownBy(() -> employees.update(boss, draft("Eve", "eve." + tag + "@example.org", boss,
                Set.of()))).hasMessageContaining("employee.error.manager-self");
    }

    @Test
    void deactivation_keeps_the_record_disables_the_account_and_is_announced() {
        EmployeeId id = employees.register(draft("Hal", "hal." + tag + "@example.org", null, Set.of()));
        employees.deactivate(id);

        assertThat(employees.get(id).active()).isFalse();
        assertThat(employees.get(id).account().orElseThrow().enabled()).isFalse();
        assertThat(userDetails.loadUserByUsername("hal." + tag + "@example.org").isEnabled()).isFalse();
        assertThat(events.stream(EmployeeDeactivated.class)).extracting(EmployeeDeactivated::employeeId)
                .containsExactly(id);

        employees.reactivate(id);
        assertThat(employees.get(id).account().orElseThrow().enabled()).isTrue();
    }

    @Test
    void the_list_pages_sorts_and_filters_by_prefix_department_and_status() {
        DepartmentSummary department = employees.ensureDepartment("Research " + tag, "DK");
        List<EmployeeId> ids = new ArrayList<>();
        for (String name : List.of("Zed", "Yan", "Xia")) {
            ids.add(employees.register(new EmployeeDraft(name, "Q" + tag, name.toLowerCase() + "." + tag
                    + "@example.org", null, department.id(), "DK", null, Set.of(), Locale.ENGLISH)));
        }
        employees.deactivate(ids.get(0));

        EmployeeFilter inDepartment = new EmployeeFilter(null, department.id(), null);
        assertThat(employees.search(inDepartment, PageRequest.of(0, 10, Sort.by("name"))))
                .extracting(EmployeeSummary::firstName).containsExactly("Xia", "Yan", "Zed");
        assertThat(employees.search(inDepartment, PageRequest.of(0, 2, Sort.by("name"))))
                .extracting(EmployeeSummary::firstName).containsExactly("Xia", "Yan");
        assertThat(employees.search(inDepartment, PageRequest.of(1, 2, Sort.by("name"))))
                .extracting(EmployeeSummary::firstName).containsExactly("Zed");
        assertThat(employees.search(new EmployeeFilter(null, department.id(), true), PageRequest.of(0, 10)))
                .extracting(EmployeeSummary::firstName).containsExactlyInAnyOrder("Xia", "Yan");
        assertThat(employees.search(new EmployeeFilter("xia." + tag, null, null), PageRequest.of(0, 10)))
                .extracting(EmployeeSummary::firstName).containsExactly("Xia");
        assertThat(employees.search(new EmployeeFilter("%", department.id(), null), PageRequest.of(0, 10)))
                .as("a % typed by HR is a character, not a wildcard").isEmpty();
        assertThat(employees.search(new EmployeeFilter("X_a", department.id(), null), PageRequest.of(0, 10)))
                .as("an _ typed by HR is a character, not a wildcard").isEmpty();
        employees.register(new EmployeeDraft("Wu", "Q" + tag, "w_u." + tag + "@example.org", null, department.id(),
                "DK", null, Set.of(), Locale.ENGLISH));
        assertThat(employees.search(new EmployeeFilter("w_u." + tag, null, null), PageRequest.of(0, 10)))
                .extracting(EmployeeSummary::firstName).containsExactly("Wu");
    }

    @Test
    void a_line_manager_sees_exactly_their_own_direct_reports() {
        EmployeeId manager = employees.register(draft("Ivy", "ivy." + tag + "@example.org", null,
                Set.of(Role.LINE_MANAGER)));
        employees.register(draft("Jo", "jo." + tag + "@example.org", manager, Set.of()));
        EmployeeId other = employees.register(draft("Kit", "kit." + tag + "@example.org", null, Set.of()));
        employees.register(draft("Lu", "lu." + tag + "@example.org", other, Set.of()));

        SignIn.as(userDetails, "ivy." + tag + "@example.org");

        assertThat(employees.myDirectReports()).extracting(EmployeeSummary::firstName).containsExactly("Jo");
    }

    @Test
    void hr_cannot_deactivate_themselves() {
        EmployeeId hr = employees.register(draft("Max", "max." + tag + "@example.org", null,
                Set.of(Role.HR_ADMIN)));
        SignIn.as(userDetails, "max." + tag + "@example.org");

        assertThatThrownBy(() -> employees.deactivate(hr)).hasMessageContaining("employee.error.deactivate-self");
    }

    @Test
    void the_demo_organisation_has_two_countries_line_managers_three_coaches_and_two_hr_admins() {
        // every page: other tests import thousands of people whose names sort among the demo organisation's
        List<EmployeeSummary> demo = new java.util.ArrayList<>();
        List<EmployeeSummary> page;
        int number = 0;
        do {
            page = employees.search(EmployeeFilter.all(), PageRequest.of(number++, 500));
            page.stream().filter(e -> e.email().endsWith("@podium.local")).forEach(demo::add);
        } while (page.size() == 500);
        assertThat(demo).hasSize(50);
        assertThat(demo).extracting(EmployeeSummary::countryCode).containsOnly("DK", "DE");
        assertThat(demo.stream().filter(e -> e.roles().contains(Role.COACH))).hasSize(3);
        assertThat(demo.stream().filter(e -> e.roles().contains(Role.HR_ADMIN))).hasSize(2);
        assertThat(demo.stream().filter(e -> e.roles().contains(Role.LINE_MANAGER)).count()).isGreaterThan(3);
        assertThat(demo.stream().filter(e -> e.lineManagerName() != null).count()).isEqualTo(49);
    }

    @Test
    void active_coaches_come_with_their_language_and_leave_when_deactivated() {
        EmployeeId coach = employees.register(new EmployeeDraft("Sofie", "Test", "sofie." + tag + "@example.org", null,
                null, "DK", null, Set.of(Role.EMPLOYEE, Role.COACH), Locale.forLanguageTag("da")));
        EmployeeId employee = employees.register(draft("Emil", "emil." + tag + "@example.org", null, Set.of()));

        assertThat(employees.activeCoaches()).filteredOn(ref -> ref.id().equals(coach)).singleElement()
                .satisfies(ref -> assertThat(ref.locale().getLanguage()).isEqualTo("da"));
        assertThat(employees.activeCoaches()).noneMatch(ref -> ref.id().equals(employee));

        employees.deactivate(coach);

        assertThat(employees.activeCoaches()).noneMatch(ref -> ref.id().equals(coach));
    }

    private static EmployeeDraft draft(String first, String email, EmployeeId manager, Set<Role> roles) {
        return new EmployeeDraft(first, "Test", email, null, null, "DK", manager, roles, Locale.ENGLISH);
    }

}
