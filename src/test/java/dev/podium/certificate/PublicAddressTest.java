package dev.podium.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Period;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Where the QR code and verify link point: configured, the browser's address in the demo, never a dead default. */
class PublicAddressTest {

    @AfterEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void a_configured_address_is_used_as_given_without_its_trailing_slash() {
        PublicAddress address = new PublicAddress(properties("https://podium.example.com/"), environment());
        browserAt("http", "127.0.0.1", 9999);
        assertThat(address.verifyUrl("ABC")).isEqualTo("https://podium.example.com/verify/ABC");
        address.checkCanIssue();
    }

    @Test
    void production_without_an_address_refuses_to_issue_with_a_message_naming_the_setting() {
        PublicAddress address = new PublicAddress(properties(""), environment());
        assertThatThrownBy(address::checkCanIssue).isInstanceOf(CertificateRuleViolation.class)
                .extracting(e -> ((CertificateRuleViolation) e).messageKey())
                .isEqualTo("certificate.rule.no-public-url");
    }

    @Test
    void the_demo_without_an_address_points_at_the_address_the_browser_used() {
        PublicAddress address = new PublicAddress(properties(""), environment("demo"));
        address.checkCanIssue();
        browserAt("https", "podium.lan", 8443);
        assertThat(address.verifyUrl("ABC")).isEqualTo("https://podium.lan:8443/verify/ABC");
        assertThat(address.base()).isEqualTo("https://podium.lan:8443");
    }

    @Test
    void without_a_request_the_demo_points_at_this_machine_on_the_port_it_listens_on() {
        StandardEnvironment environment = environment("demo");
        environment.getPropertySources().addFirst(new MapPropertySource("server",
                Map.of("local.server.port", "43210")));
        assertThat(new PublicAddress(properties(""), environment).verifyUrl("ABC"))
                .isEqualTo("http://localhost:43210/verify/ABC");
    }

    private static void browserAt(String scheme, String host, int port) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/certificates");
        request.setScheme(scheme);
        request.setServerName(host);
        request.setServerPort(port);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }

    private static StandardEnvironment environment(String... profiles) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.setActiveProfiles(profiles);
        return environment;
    }

    private static CertificateProperties properties(String publicUrl) {
        return new CertificateProperties(Period.ofMonths(24), 60, 8, 15, publicUrl, "Podium Academy", 30,
                Duration.ofMinutes(1), null, null, "podium-issuer", "-", null);
    }
}
