package dev.podium.security;

import dev.podium.SignIn;
import dev.podium.shared.Role;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podium.AsHr;
import dev.podium.PodiumSpringTest;
import dev.podium.people.EmployeeDraft;
import dev.podium.people.EmployeeService;
import dev.podium.shared.EmployeeId;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** A password HR hands out is temporary; the person's own password follows the policy. */
@PodiumSpringTest
class PasswordChangeIntegrationTest {

    @Autowired
    EmployeeService employees;
    @Autowired
    AccountService accounts;
    @Autowired
    UserDetailsService users;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void a_password_from_hr_must_be_replaced_and_the_replacement_clears_the_demand() {
        String email = "pw-" + UUID.randomUUID() + "@example.org";
        AsHr.run(() -> {
            EmployeeId id = employees.register(new EmployeeDraft("Pw", "Tester", email, null, null, "DK", null,
                    Set.of(Role.EMPLOYEE), Locale.ENGLISH));
            employees.setPassword(id, "handed out by hr");
        });
        SignIn.as(users, email);
        assertThat(accounts.ownPasswordChangeRequired()).isTrue();

        assertThatThrownBy(() -> accounts.changeOwnPassword("not the current one", "my own passphrase"))
                .isInstanceOfSatisfying(PasswordPolicyViolation.class,
                        v -> assertThat(v.messageKey()).isEqualTo("password.error.current-wrong"));
        assertThatThrownBy(() -> accounts.changeOwnPassword("handed out by hr", "short"))
                .hasMessage("password.error.too-short");
        assertThatThrownBy(() -> accounts.changeOwnPassword("handed out by hr", DemoCredentials.PASSWORD))
                .hasMessage("password.error.demo");
        assertThatThrownBy(() -> accounts.changeOwnPassword("handed out by hr", "ü".repeat(40)))
                .as("bcrypt would silently cut a password over 72 bytes").hasMessage("password.error.too-long");

        accounts.changeOwnPassword("handed out by hr", "my own passphrase");
        assertThat(accounts.ownPasswordChangeRequired()).isFalse();
    }
}
