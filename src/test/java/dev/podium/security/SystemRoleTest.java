package dev.podium.security;

import dev.podium.shared.Role;
import dev.podium.shared.Roles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The SYSTEM role stays Podium's own: an account refuses it whichever way its roles are written. */
class SystemRoleTest {

    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

    @Test
    void an_account_cannot_be_created_or_edited_with_the_system_role() {
        assertThatThrownBy(() -> new UserAccount(1, draft(EnumSet.of(Role.EMPLOYEE, Role.SYSTEM)), NOW))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SYSTEM");
        UserAccount account = new UserAccount(1, draft(EnumSet.of(Role.EMPLOYEE)), NOW);
        assertThatThrownBy(() -> account.apply(draft(EnumSet.of(Role.SYSTEM)), NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> account.rolesFromProvider(EnumSet.of(Role.SYSTEM), NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(account.roles()).containsExactly(Role.EMPLOYEE);
    }

    @Test
    void only_system_is_not_grantable() {
        assertThat(Role.grantableRoles()).containsExactly(Role.EMPLOYEE, Role.COACH, Role.LINE_MANAGER,
                Role.HR_ADMIN);
        assertThat(Role.SYSTEM.grantable()).isFalse();
        assertThat(Role.SYSTEM.authority()).isEqualTo("ROLE_" + Roles.SYSTEM);
    }

    private static AccountDraft draft(Set<Role> roles) {
        return new AccountDraft("sys.test@podium.test", "Sys Test", roles, Locale.ENGLISH);
    }
}
