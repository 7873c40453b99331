package dev.podium.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Password sign-in switched off: a login form post is turned away before any account is looked up, unless the typed
 * address is a break-glass HR administrator's; the answer depends on the address only, never on an account.
 */
class PasswordSignInGateTest {

    private final SingleSignOnProperties off = new SingleSignOnProperties("https://login.example.com", "podium", "s",
            "Example", SingleSignOnProperties.MatchBy.EMAIL, "email", "", "", List.of("openid"), false,
            List.of("hr-emergency@example.com"));

    @Test
    void a_password_login_is_refused_for_everyone_but_the_break_glass_administrators() throws Exception {
        assertThat(post(off, "Anna@Example.com")).isEqualTo("/login?sso-only");
        assertThat(post(off, "nobody-at-all@example.com")).isEqualTo("/login?sso-only");
        assertThat(post(off, " HR-Emergency@example.com ")).as("break glass").isNull();
    }

    @Test
    void with_password_login_on_or_without_a_provider_nothing_is_refused() throws Exception {
        SingleSignOnProperties on = new SingleSignOnProperties("https://login.example.com", "podium", "s", "Example",
                SingleSignOnProperties.MatchBy.EMAIL, "email", "", "", List.of("openid"), true, List.of());
        SingleSignOnProperties noProvider = new SingleSignOnProperties("", "", "", "Example",
                SingleSignOnProperties.MatchBy.EMAIL, "email", "", "", List.of("openid"), false, List.of());
        assertThat(post(on, "anna@example.com")).isNull();
        assertThat(post(noProvider, "anna@example.com")).as("off only means something with a provider").isNull();
    }

    /** Where the gate sends a login post, or {@code null} when it lets it through to Spring's login filter. */
    private static String post(SingleSignOnProperties properties, String username) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
        request.setServletPath("/login");
        request.addParameter("username", username);
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        new PasswordSignInGate(properties).doFilter(request, response, chain);
        return chain.getRequest() == null ? response.getRedirectedUrl() : null;
    }
}
