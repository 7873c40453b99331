package dev.podium;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podium.audit.AuditReviewSteps;
import dev.podium.coaching.ProgrammeStepService;
import dev.podium.people.EmployeeDraft;
import dev.podium.people.EmployeeService;
import dev.podium.people.PeopleRuleViolation;
import dev.podium.shared.Role;
import dev.podium.shared.Roles;
import dev.podium.security.SingleSignOnProperties;
import dev.podium.shared.SystemUser;
import dev.podium.shared.EmployeeId;
import jakarta.annotation.security.RolesAllowed;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Workflow steps have a door of their own: only the system ({@link Role#SYSTEM}, held by {@link SystemUser} and by no
 * person) may take a step of the audit review or the coaching programme, and no path gives a person that role.
 */
@PodiumSpringTest
class WorkflowStepAccessIntegrationTest {

    private static final Set<Role> PEOPLE = EnumSet.of(Role.EMPLOYEE, Role.COACH, Role.LINE_MANAGER, Role.HR_ADMIN);

    @Autowired
    AuditReviewSteps auditSteps;
    @Autowired
    ProgrammeStepService programmeSteps;
    @Autowired
    EmployeeService employees;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void every_step_is_open_to_the_system_role_alone() {
        for (Object steps : List.of(auditSteps, programmeSteps)) {
            for (Method method : publicMethods(steps)) {
                RolesAllowed allowed = method.getAnnotation(RolesAllowed.class);
                assertThat(allowed).as("%s has @RolesAllowed", method).isNotNull();
                assertThat(allowed.value()).as("%s", method).containsExactly(Roles.SYSTEM);
            }
        }
    }

    @Test
    void an_hr_administrator_a_coach_an_employee_and_a_line_manager_cannot_take_a_step() {
        List<String> open = new ArrayList<>();
        int checked = 0;
        for (Object steps : List.of(auditSteps, programmeSteps)) {
            for (Method method : publicMethods(steps)) {
                for (Role role : PEOPLE) {
                    signInWith(Set.of(role));
                    checked++;
                    if (!(failure(steps, method) instanceof AccessDeniedException)) {
                        open.add(method.getName() + " for " + role);
                    }
                }
                // a person holding every role a person can hold is still not the system
                signInWith(PEOPLE);
                if (!(failure(steps, method) instanceof AccessDeniedException)) {
                    open.add(method.getName() + " for " + PEOPLE);
                }
            }
        }
        assertThat(checked).as("step methods × roles tried").isGreaterThanOrEqualTo(13 * PEOPLE.size());
        assertThat(open).as("steps a person could take").isEmpty();
    }

    @Test
    void the_system_passes_the_door_and_meets_the_step_s_own_rules() {
        // an unknown audit or programme: the step itself refuses it, so the call got past security
        assertThatThrownBy(() -> SystemUser.run(() -> auditSteps.publishApproval(-1)))
                .isNotInstanceOf(AccessDeniedException.class).hasMessageContaining("audit.error.unknown");
        assertThatThrownBy(() -> SystemUser.run(() -> programmeSteps.checkGuidelines(-1)))
                .isNotInstanceOf(AccessDeniedException.class).hasMessageContaining("coaching.error.unknown");
    }

    @Test
    void the_system_holds_the_system_role_and_nothing_a_person_holds() {
        List<String> authorities = SystemUser.call(() -> SecurityContextHolder.getContext().getAuthentication()
                .getAuthorities().stream().map(GrantedAuthority::getAuthority).toList());
        assertThat(authorities).containsExactly(Role.SYSTEM.authority());
        // so an HR-only method that the system never needs stays shut to it
        assertThatThrownBy(() -> SystemUser.run(() -> employees.unlockAccount(EmployeeId.of(1))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void hr_cannot_give_a_person_the_system_role() {
        String email = "system." + ThreadLocalRandom.current().nextInt(1_000_000_000) + "@steps.podium.test";
        assertThatThrownBy(() -> AsHr.call(() -> employees.register(draft(email, EnumSet.of(Role.SYSTEM)))))
                .isInstanceOfSatisfying(PeopleRuleViolation.class, violation -> {
                    assertThat(violation.field()).isEqualTo("roles");
                    assertThat(violation.messageKey()).isEqualTo("employee.error.system-role");
                });
        EmployeeId person = AsHr.call(() -> employees.register(draft(email, EnumSet.of(Role.EMPLOYEE))));
        assertThatThrownBy(() -> AsHr.run(() -> employees.update(person,
                draft(email, EnumSet.of(Role.EMPLOYEE, Role.SYSTEM))))).isInstanceOf(PeopleRuleViolation.class);
        assertThat(AsHr.call(() -> employees.get(person)).draft().roles()).containsExactly(Role.EMPLOYEE);
    }

    @Test
    void the_database_refuses_the_system_role_on_any_account() {
        long account = jdbc.sql("SELECT MIN(account_id) FROM user_account_role").query(Long.class).single();
        assertThatThrownBy(() -> jdbc.sql("INSERT INTO user_account_role (account_id, role) VALUES (?, 'SYSTEM')")
                .param(account).update()).hasMessageContaining("ck_user_account_role_not_system");
    }

    @Test
    void single_sign_on_groups_cannot_map_to_the_system_role() {
        assertThatThrownBy(() -> new SingleSignOnProperties("", "", "", "Single sign-on",
                SingleSignOnProperties.MatchBy.EMAIL, "email", "groups", "podium-robots=SYSTEM",
                List.of("openid"), true, List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("podium-robots=SYSTEM");
        assertThat(Role.grantableRoles()).doesNotContain(Role.SYSTEM).containsAll(PEOPLE);
    }

    private static EmployeeDraft draft(String email, Set<Role> roles) {
        return new EmployeeDraft("Sys", "Temic", email, null, null, "DK", null, roles, Locale.ENGLISH);
    }

    private static List<Method> publicMethods(Object bean) {
        return Arrays.stream(AopUtils.getTargetClass(bean).getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()))
                .filter(m -> !m.isSynthetic()).toList();
    }

    private static void signInWith(Set<Role> roles) {
        var authorities = roles.stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated("person", null, authorities));
    }

    /** Calls through the Spring proxy with empty arguments; what it threw, or null when it ran. */
    private static Throwable failure(Object bean, Method method) {
        Object[] args = Arrays.stream(method.getParameterTypes())
                .map(type -> type == long.class ? (Object) 0L : type == int.class ? (Object) 0
                        : type == boolean.class ? (Object) false : null)
                .toArray();
        try {
            method.invoke(bean, args);
            return null;
        } catch (InvocationTargetException e) {
            return e.getCause();
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
