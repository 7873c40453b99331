package dev.podium.security;

import dev.podium.shared.Role;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.podium.MutableClock;
import dev.podium.PodiumSpringTest;
import oidcprovider.TestOidcProvider;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoderFactory;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * The ID token checks Podium's login flow uses (the {@code JwtDecoderFactory} bean Spring's OIDC login takes), with
 * real RS256 tokens against the real test provider's discovery and JWKS: a token as the provider would issue it is
 * accepted, and one with a wrong signature, a wrong audience, another issuer or past its expiry is refused. (The
 * nonce is checked by Spring's login flow itself: {@code SingleSignOnJourneyIT} tampers with it in the browser.)
 */
@PodiumSpringTest
class SingleSignOnTokenIntegrationTest {

    private static TestOidcProvider provider;

    @Autowired
    JwtDecoderFactory<ClientRegistration> idTokenDecoders;
    @Autowired
    DiscoveredClientRegistration registrations;
    @Autowired
    MutableClock clock;
    @Autowired
    SingleSignOnProperties properties;

    @BeforeAll
    static void startProvider() {
        provider = TestOidcProvider.start("http://localhost:8080/");
    }

    @AfterAll
    static void stopProvider() {
        provider.close();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void the_registration_comes_from_the_providers_discovery_with_pkce_for_a_confidential_client() {
        ClientRegistration registration = registration();
        assertThat(registration.getProviderDetails().getIssuerUri()).isEqualTo(TestOidcProvider.ISSUER);
        assertThat(registration.getProviderDetails().getJwkSetUri()).startsWith(TestOidcProvider.ISSUER);
        assertThat(registration.getClientSecret()).isEqualTo(TestOidcProvider.CLIENT_SECRET);
        assertThat(registration.getClientSettings().isRequireProofKey()).isTrue();
        assertThat(registration.getProviderDetails().getConfigurationMetadata()).containsKey("end_session_endpoint");
    }

    @Test
    void a_token_as_the_provider_issues_it_is_accepted() throws Exception {
        Jwt jwt = decode(sign(provider.signingKey(), claims -> claims));
        assertThat(jwt.getClaimAsString("email")).isEqualTo("anna@example.com");
    }

    @Test
    void a_token_signed_with_another_key_is_refused() throws Exception {
        // the same key id, so the decoder does not even need to look the key up again: only the signature differs
        RSAKey forged = TestOidcProvider.signingKey(TestOidcProvider.rsaKeys());
        assertThatThrownBy(() -> decode(sign(forged, claims -> claims))).isInstanceOf(JwtException.class)
                .hasMessageContaining("signature");
    }

    @Test
    void a_token_for_another_client_is_refused() throws Exception {
        String token = sign(provider.signingKey(), claims -> claims.audience(List.of("another-app")));
        assertThatThrownBy(() -> decode(token)).isInstanceOf(JwtException.class).hasMessageContaining("aud");
    }

    @Test
    void a_token_from_another_issuer_is_refused() throws Exception {
        String token = sign(provider.signingKey(), claims -> claims.issuer("http://127.0.0.1:1/evil"));
        assertThatThrownBy(() -> decode(token)).isInstanceOf(JwtException.class).hasMessageContaining("iss");
    }

    @Test
    void an_expired_token_is_refused_by_podiums_clock() throws Exception {
        String token = sign(provider.signingKey(), claims -> claims);
        assertThat(decode(token)).isNotNull();
        // Podium's clock, not the system's, decides: an hour later the same token is past its expiry (+ 60 s skew)
        clock.advance(Duration.ofHours(1));
        assertThatThrownBy(() -> decode(token)).isInstanceOf(JwtException.class).hasMessageContaining("exp");
    }

    @Test
    void groups_map_to_podium_roles_only_as_configured() {
        SingleSignOnProperties mapped = new SingleSignOnProperties(TestOidcProvider.ISSUER, "c", "s", "X",
                SingleSignOnProperties.MatchBy.EMAIL, "email", "groups", "podium-hr=HR_ADMIN, podium-coaches=COACH,"
                        + "podium-hr=EMPLOYEE", List.of("openid"), true, List.of());
        PodiumOidcUserService users = new PodiumOidcUserService(null, mapped, null, clock);
        assertThat(users.rolesFrom(List.of("podium-hr", "other"))).containsExactlyInAnyOrder(Role.HR_ADMIN,
                Role.EMPLOYEE);
        assertThat(users.rolesFrom(List.of("podium-coaches"))).containsExactly(Role.COACH);
        assertThat(users.rolesFrom(List.of("unmapped"))).isEqualTo(Set.of(Role.EMPLOYEE));
        assertThatThrownBy(() -> new SingleSignOnProperties("", "", "", "X", SingleSignOnProperties.MatchBy.EMAIL,
                "email", "", "podium-hr=BOSS", List.of(), true, List.of()))
                .hasMessageContaining("podium-hr=BOSS");
    }

    @Test
    void password_sign_in_switched_off_leaves_only_the_break_glass_administrators() {
        SingleSignOnProperties off = new SingleSignOnProperties(TestOidcProvider.ISSUER, "c", "", "X",
                SingleSignOnProperties.MatchBy.EMAIL, "email", "", "", List.of("openid"), false,
                List.of(" HR-Emergency@Example.com "));
        assertThat(off.passwordAllowedFor("hr-emergency@example.com")).isTrue();
        assertThat(off.passwordAllowedFor("anna@example.com")).isFalse();
        assertThat(properties.passwordAllowedFor("anna@example.com")).as("on unless switched off").isTrue();
    }

    private ClientRegistration registration() {
        return registrations.findByRegistrationId(SingleSignOnProperties.REGISTRATION_ID);
    }

    private Jwt decode(String token) {
        return idTokenDecoders.createDecoder(registration()).decode(token);
    }

    private String sign(RSAKey key, UnaryOperator<JWTClaimsSet.Builder> change) throws Exception {
        Instant now = clock.instant();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(TestOidcProvider.ISSUER)
                .subject("anna@example.com")
                .audience(List.of(TestOidcProvider.CLIENT_ID))
                .claim("azp", TestOidcProvider.CLIENT_ID)
                .claim("email", "anna@example.com")
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(30))));
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                .type(JOSEObjectType.JWT).build(), change.apply(claims).build());
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }
}
