package dev.podium.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;

/**
 * "Sign in with …" while the provider cannot be reached: Podium's refusal page ("try again, else tell HR"), not a bare
 * server error. The provider address is a loopback port nothing listens on, so discovery really fails.
 */
class SingleSignOnUnreachableTest {

    @Test
    void an_unreachable_provider_sends_the_person_to_podiums_refusal_page() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        SingleSignOnProperties properties = new SingleSignOnProperties("http://127.0.0.1:" + closedPort, "podium",
                "secret", "Test Identity", SingleSignOnProperties.MatchBy.EMAIL, "email", "", "",
                List.of("openid", "email"), true, List.of());
        OAuth2AuthorizationRequestRedirectFilter filter = SingleSignOnConfiguration.whenTheProviderCannotBeReached(
                new OAuth2AuthorizationRequestRedirectFilter(new DiscoveredClientRegistration(properties)));
        MockHttpServletRequest click = new MockHttpServletRequest("GET",
                "/oauth2/authorization/" + SingleSignOnProperties.REGISTRATION_ID);
        click.setServletPath("/oauth2/authorization/" + SingleSignOnProperties.REGISTRATION_ID);
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter.doFilter(click, response, new MockFilterChain());

        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).isEqualTo(SingleSignOnConfiguration.REFUSED_PAGE + "?reason=error");
    }
}
