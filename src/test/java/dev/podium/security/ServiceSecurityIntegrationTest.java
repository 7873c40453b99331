package dev.podium.security;

import dev.podium.shared.Role;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.podium.PodiumSpringTest;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Calls every public method of every Podium service the way an attacker who bypassed the UI would: first with
 * nobody signed in, then signed in with every role except the ones the method allows. Each call must be refused
 * before the method runs.
 */
@PodiumSpringTest
class ServiceSecurityIntegrationTest {

    @Autowired
    ApplicationContext context;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /**
     * The only methods anyone may call without signing in, each behind a public page (docs/access-matrix.md):
     * asking for a password-reset link (rate-limited, same answer for every address), and checking and using a
     * one-time link, which act only for whoever holds the link.
     */
    private static final Set<String> PUBLIC_METHODS = Set.of("SignInLinkService.requestPasswordReset",
            "SignInLinkService.check", "SignInLinkService.choosePassword");

    @Test
    void only_the_documented_public_methods_are_open_to_anonymous_callers() {
        Set<String> permitted = new java.util.TreeSet<>();
        for (Object service : podiumServices()) {
            for (Method method : publicMethods(service)) {
                if (method.isAnnotationPresent(PermitAll.class)) {
                    permitted.add(method.getDeclaringClass().getSimpleName() + "." + method.getName());
                }
            }
        }
        assertThat(permitted).containsExactlyInAnyOrderElementsOf(PUBLIC_METHODS);
    }

    @Test
    void no_service_method_runs_for_an_anonymous_caller() {
        List<String> open = new ArrayList<>();
        for (Object service : podiumServices()) {
            for (Method method : publicMethods(service)) {
                if (method.isAnnotationPresent(PermitAll.class)) {
                    continue;
                }
                SecurityContextHolder.clearContext();
                if (!refused(service, method)) {
                    open.add(method.toGenericString());
                }
            }
        }
        assertThat(open).as("methods that ran without anyone signed in").isEmpty();
    }

    @Test
    void role_restricted_methods_refuse_every_other_role() {
        List<String> open = new ArrayList<>();
        int checked = 0;
        for (Object service : podiumServices()) {
            for (Method method : publicMethods(service)) {
                RolesAllowed allowed = method.getAnnotation(RolesAllowed.class);
                if (allowed == null) {
                    continue;
                }
                Set<Role> others = EnumSet.allOf(Role.class);
                others.removeIf(role -> Arrays.asList(allowed.value()).contains(role.roleName()));
                if (others.isEmpty()) {
                    continue;
                }
                signInWith(others);
                checked++;
                if (!refused(service, method)) {
                    open.add(method.toGenericString() + " for " + others);
                }
            }
        }
        assertThat(checked).as("role-restricted methods found").isGreaterThan(10);
        assertThat(open).as("methods that ran for a role they do not allow").isEmpty();
    }

    private List<Object> podiumServices() {
        List<Object> services = context.getBeansWithAnnotation(Service.class).values().stream()
                .filter(bean -> AopUtils.getTargetClass(bean).getPackageName().startsWith("dev.podium"))
                .toList();
        assertThat(services).as("Podium services").hasSizeGreaterThanOrEqualTo(2);
        return services;
    }

    private static List<Method> publicMethods(Object service) {
        Class<?> type = AopUtils.getTargetClass(service);
        return Arrays.stream(type.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()))
                .filter(m -> !m.isSynthetic())
                .toList();
    }

    private static void signInWith(Set<Role> roles) {
        var authorities = roles.stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated("intruder", null, authorities));
    }

    /** Calls through the Spring proxy with empty arguments: security must refuse before they matter. */
    private static boolean refused(Object service, Method method) {
        Object[] args = Arrays.stream(method.getParameterTypes()).map(ServiceSecurityIntegrationTest::empty)
                .toArray();
        try {
            method.invoke(service, args);
            return false;
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            return cause instanceof AccessDeniedException
                    || cause instanceof AuthenticationCredentialsNotFoundException;
        } catch (IllegalAccessException e) {
            fail("cannot call " + method, e);
            return false;
        }
    }

    private static Object empty(Class<?> type) {
        if (!type.isPrimitive()) {
            return null;
        }
        if (type == boolean.class) {
            return false;
        }
        if (type == long.class) {
            return 0L;
        }
        if (type == int.class) {
            return 0;
        }
        if (type == double.class) {
            return 0d;
        }
        return (byte) 0;
    }
}
