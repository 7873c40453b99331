package oidcprovider;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.servlet.context.AnnotationConfigServletWebServerApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * A real OpenID Connect provider for the single sign-on tests (outside {@code dev.podium}, so Podium's component scan
 * never picks up its configuration): Spring Authorization Server in a small Spring context
 * of its own on a fixed loopback port ({@link #ISSUER}, as {@code src/test/resources/config/application.properties}
 * configures Podium), with discovery, JWKS, the authorisation code flow (PKCE required), its own login page, user
 * info, RP-initiated logout ({@code end_session_endpoint}) and Podium registered as a confidential client. People
 * sign in with their e-mail address as username; the ID token carries it as {@code email}.
 */
public final class TestOidcProvider implements AutoCloseable {

    public static final int PORT = 39081;
    /** 127.0.0.1 rather than localhost: Podium runs on localhost, and cookies do not tell ports apart. */
    public static final String ISSUER = "http://127.0.0.1:" + PORT;
    public static final String CLIENT_ID = "podium-test";
    public static final String CLIENT_SECRET = "podium-test-secret";

    private static final String KEY_ID = "test-provider-key";
    /** One key per JVM: Podium caches the provider's JWKS, so a restarted provider keeps its key. */
    private static final KeyPair KEYS = rsaKeys();

    private final AnnotationConfigServletWebServerApplicationContext context;
    private final KeyPair keys;

    private TestOidcProvider(AnnotationConfigServletWebServerApplicationContext context, KeyPair keys) {
        this.context = context;
        this.keys = keys;
    }

    /**
     * Starts the provider with Podium at {@code podiumBaseUrl} (ending in a slash) registered as its client.
     */
    public static TestOidcProvider start(String podiumBaseUrl) {
        return start(podiumBaseUrl, Clock.systemUTC());
    }

    /**
     * Starts the provider with Podium at {@code podiumBaseUrl} registered as its client, dating its ID tokens by
     * {@code clock}: Podium's own, as a real provider's and Podium's clocks agree through NTP (Podium checks an ID
     * token's times on its clock, which the tests pin to a fixed day).
     */
    public static TestOidcProvider start(String podiumBaseUrl, Clock clock) {
        KeyPair keys = KEYS;
        AnnotationConfigServletWebServerApplicationContext context =
                new AnnotationConfigServletWebServerApplicationContext();
        context.registerBean(KeyPair.class, () -> keys);
        context.registerBean("idTokenClock", Clock.class, () -> clock);
        context.registerBean("podiumBaseUrl", String.class, () -> podiumBaseUrl);
        context.register(ProviderConfiguration.class);
        context.refresh();
        return new TestOidcProvider(context, keys);
    }

    /** A person who can sign in at the provider (username = e-mail address). */
    public void addPerson(String email, String password) {
        context.getBean(InMemoryUserDetailsManager.class)
                .createUser(User.withUsername(email).password("{noop}" + password).roles("USER").build());
    }

    /** The key the provider signs ID tokens with (its JWKS publishes the public half under {@link #keyId()}). */
    public RSAKey signingKey() {
        return signingKey(keys);
    }

    public static String keyId() {
        return KEY_ID;
    }

    public static KeyPair rsaKeys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static RSAKey signingKey(KeyPair keys) {
        return new RSAKey.Builder((RSAPublicKey) keys.getPublic()).privateKey((RSAPrivateKey) keys.getPrivate())
                .keyID(KEY_ID).build();
    }

    @Override
    public void close() {
        context.close();
    }

    @Configuration(proxyBeanMethods = false)
    @EnableWebSecurity
    public static class ProviderConfiguration {

        @Bean
        TomcatServletWebServerFactory webServerFactory() {
            TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory(PORT);
            factory.setAddress(java.net.InetAddress.getLoopbackAddress());
            // no servlet of its own: Tomcat runs the filters (where the provider lives) only for a mapped request
            factory.setRegisterDefaultServlet(true);
            return factory;
        }

        @Bean
        @Order(1)
        SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
            OAuth2AuthorizationServerConfigurer server = new OAuth2AuthorizationServerConfigurer();
            http.securityMatcher(server.getEndpointsMatcher())
                    .with(server, as -> as.oidc(Customizer.withDefaults()))
                    .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                    .exceptionHandling(errors -> errors
                            .authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")))
                    .oauth2ResourceServer(resource -> resource.jwt(Customizer.withDefaults()));
            return http.build();
        }

        @Bean
        @Order(2)
        SecurityFilterChain providerLogin(HttpSecurity http) throws Exception {
            http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                    .formLogin(Customizer.withDefaults());
            return http.build();
        }

        @Bean
        InMemoryUserDetailsManager people() {
            return new InMemoryUserDetailsManager();
        }

        @Bean
        RegisteredClientRepository clients(String podiumBaseUrl) {
            RegisteredClient podium = RegisteredClient.withId("podium").clientId(CLIENT_ID)
                    .clientSecret("{noop}" + CLIENT_SECRET)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .redirectUri(podiumBaseUrl + "login/oauth2/code/podium")
                    .postLogoutRedirectUri(podiumBaseUrl + "login")
                    .scope(OidcScopes.OPENID).scope(OidcScopes.PROFILE).scope(OidcScopes.EMAIL)
                    // a client that leaves out PKCE is refused: the journey proves Podium sends it
                    .clientSettings(ClientSettings.builder().requireProofKey(true)
                            .requireAuthorizationConsent(false).build())
                    .build();
            return new InMemoryRegisteredClientRepository(podium);
        }

        @Bean
        JWKSource<SecurityContext> jwkSource(KeyPair keys) {
            return new ImmutableJWKSet<>(new JWKSet(signingKey(keys)));
        }

        @Bean
        JwtDecoder jwtDecoder(KeyPair keys) {
            return NimbusJwtDecoder.withPublicKey((RSAPublicKey) keys.getPublic()).build();
        }

        @Bean
        AuthorizationServerSettings authorizationServerSettings() {
            return AuthorizationServerSettings.builder().issuer(ISSUER).build();
        }

        /** The ID token names the person's e-mail address, as Entra ID, Okta, Google and Keycloak do. */
        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> emailClaim(Clock idTokenClock) {
            return context -> {
                if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                    Instant issued = idTokenClock.instant();
                    context.getClaims().issuedAt(issued).expiresAt(issued.plus(Duration.ofMinutes(30)));
                    String email = context.getPrincipal().getName();
                    context.getClaims().claims(claims -> claims.putAll(Map.of("email", email,
                            "email_verified", true, "groups", List.of("podium-users"))));
                }
            };
        }
    }
}
