package dev.podium.security;

import dev.podium.shared.Role;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

class DemoPasswordGuardTest {

    private final UserAccountRepository accounts = mock(UserAccountRepository.class);
    private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    private final DemoPasswordGuard guard = new DemoPasswordGuard(accounts, encoder);

    @Test
    void production_refuses_to_start_while_an_account_opens_with_the_demo_password() {
        UserAccount demo = account("hr@podium.local");
        demo.useDemoPassword(encoder.encode(DemoCredentials.PASSWORD), Instant.now());
        when(accounts.findByDemoTrueAndEnabledTrue()).thenReturn(List.of(demo));

        assertThatThrownBy(guard::afterSingletonsInstantiated)
                .hasMessageContaining("Refusing to start").hasMessageContaining("hr@podium.local");
    }

    @Test
    void a_demo_account_whose_password_was_changed_does_not_stop_the_start() {
        UserAccount demo = account("hr@podium.local");
        demo.useDemoPassword(encoder.encode("something else entirely"), Instant.now());
        when(accounts.findByDemoTrueAndEnabledTrue()).thenReturn(List.of(demo));

        assertThatCode(guard::afterSingletonsInstantiated).doesNotThrowAnyException();
    }

    @Test
    void changing_the_password_clears_the_demo_mark() {
        UserAccount demo = account("hr@podium.local");
        demo.useDemoPassword(encoder.encode(DemoCredentials.PASSWORD), Instant.now());
        demo.changePassword(encoder.encode("a brand new passphrase"), Instant.now());
        org.assertj.core.api.Assertions.assertThat(demo.demo()).isFalse();
    }

    private static UserAccount account(String username) {
        return new UserAccount(1, new AccountDraft(username, "Demo", Set.of(Role.HR_ADMIN), Locale.ENGLISH),
                Instant.now());
    }
}
