package dev.podium.security;

import dev.podium.SignIn;
import dev.podium.shared.Role;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.podium.MutableClock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.util.ReflectionTestUtils;

class AccountSessionGuardTest {

    private final UserAccountRepository accounts = mock(UserAccountRepository.class);
    private final MutableClock clock = new MutableClock();
    private final AccountSessionGuard guard = new AccountSessionGuard(accounts,
            new SecurityProperties(5, Duration.ofMinutes(15), Duration.ofSeconds(20), 10, 3, 10), clock);
    private PodiumUser user;

    @BeforeEach
    void signedIn() {
        UserAccount account = new UserAccount(7, new AccountDraft("a@example.org", "A", Set.of(Role.EMPLOYEE),
                Locale.ENGLISH), clock.instant());
        ReflectionTestUtils.setField(account, "id", 70L);
        user = new PodiumUser(account, false);
        SignIn.as(user);
        state(true, 0);
    }

    @AfterEach
    void clear() {
        SignIn.out();
    }

    @Test
    void a_session_of_an_active_unchanged_account_goes_on() throws Exception {
        MockHttpSession session = request();
        assertThat(session.isInvalid()).isFalse();
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNotNull();
    }

    @Test
    void a_deactivated_account_loses_its_session_once_the_check_interval_has_passed() throws Exception {
        request();
        state(false, 1);
        assertThat(request().isInvalid()).as("within the interval the cached state stands").isFalse();
        clock.advance(Duration.ofSeconds(21));
        assertThat(request().isInvalid()).isTrue();
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
    }

    @Test
    void a_new_password_or_new_roles_end_older_sessions() throws Exception {
        request();
        state(true, 1);
        clock.advance(Duration.ofSeconds(21));
        assertThat(request().isInvalid()).isTrue();
    }

    @Test
    void signing_in_again_right_after_a_password_change_is_not_judged_by_the_cached_old_version() throws Exception {
        request();
        state(true, 1);
        user = signedInAgain(1);
        assertThat(request().isInvalid()).as("the new session carries the new version").isFalse();
        verify(accounts, times(2)).findSessionState(70L);
    }

    @Test
    void the_database_is_asked_at_most_once_per_interval() throws Exception {
        for (int i = 0; i < 10; i++) {
            request();
        }
        verify(accounts, times(1)).findSessionState(70L);
    }

    private PodiumUser signedInAgain(int sessionVersion) {
        UserAccount account = new UserAccount(7, new AccountDraft("a@example.org", "A", Set.of(Role.EMPLOYEE),
                Locale.ENGLISH), clock.instant());
        ReflectionTestUtils.setField(account, "id", 70L);
        ReflectionTestUtils.setField(account, "sessionVersion", sessionVersion);
        PodiumUser again = new PodiumUser(account, false);
        SignIn.as(again);
        return again;
    }

    private MockHttpSession request() throws Exception {
        if (SecurityContextHolder.getContext().getAuthentication() == null) {
            SignIn.as(user);
        }
        MockHttpSession session = new MockHttpSession();
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setSession(session);
        guard.doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
        return session;
    }

    private void state(boolean enabled, int version) {
        when(accounts.findSessionState(70L)).thenReturn(Optional.of(new UserAccountRepository.SessionState() {
            @Override
            public boolean getEnabled() {
                return enabled;
            }

            @Override
            public int getSessionVersion() {
                return version;
            }
        }));
    }
}
