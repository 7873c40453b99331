package dev.podium.security;

import com.vaadin.flow.spring.security.UidlRedirectStrategy;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.oidc.authentication.OidcIdTokenDecoderFactory;
import org.springframework.security.oauth2.client.oidc.authentication.OidcIdTokenValidator;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.jwt.JwtDecoderFactory;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

/**
 * Single sign-on with one OpenID Connect provider ({@code podium.security.sso.*}), through Spring Security's OAuth2
 * client: authorisation code flow with PKCE (also for a confidential client), {@code state} and {@code nonce}
 * checked, the ID token's signature checked against the provider's JWKS and its issuer, audience and times by
 * {@link OidcIdTokenValidator} on Podium's clock. Sessions are Podium's: the session guard ends them on deactivation
 * as it does password sessions. {@link SecurityConfiguration} calls {@link #configure} once.
 */
@Configuration(proxyBeanMethods = false)
class SingleSignOnConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SingleSignOnConfiguration.class);

    /** Where a refused single sign-on lands (a Podium page that says whom to ask). */
    static final String REFUSED_PAGE = "/sign-in-refused";

    @Bean
    DiscoveredClientRegistration discoveredClientRegistration(SingleSignOnProperties properties) {
        return new DiscoveredClientRegistration(properties);
    }

    /**
     * How ID tokens are decoded and checked: signature against the provider's JWKS (Nimbus), then issuer, audience,
     * authorised party, expiry and issue time with the application's clock. Spring's login flow takes this bean.
     */
    @Bean
    JwtDecoderFactory<ClientRegistration> idTokenDecoderFactory(Clock clock) {
        OidcIdTokenDecoderFactory factory = new OidcIdTokenDecoderFactory();
        factory.setJwtValidatorFactory(registration -> {
            OidcIdTokenValidator validator = new OidcIdTokenValidator(registration);
            validator.setClock(clock);
            return validator;
        });
        return factory;
    }

    @Bean
    SingleSignOn singleSignOn(SingleSignOnProperties properties, DiscoveredClientRegistration registrations,
            PodiumOidcUserService users) {
        return new SingleSignOn(properties, registrations, users);
    }

    /** What {@link SecurityConfiguration} adds to the application's chain. */
    record SingleSignOn(SingleSignOnProperties properties, DiscoveredClientRegistration registrations,
            PodiumOidcUserService users) {

        /** The password gate always; the provider's sign-in when it is configured. */
        void configure(HttpSecurity http) throws Exception {
            SingleSignOnConfiguration.configure(http, properties, registrations, users);
        }

        LogoutSuccessHandler logoutSuccessHandler() {
            return SingleSignOnConfiguration.logoutSuccessHandler(registrations);
        }
    }

    private static void configure(HttpSecurity http, SingleSignOnProperties properties,
            DiscoveredClientRegistration registrations, PodiumOidcUserService users) throws Exception {
        http.addFilterBefore(new PasswordSignInGate(properties), UsernamePasswordAuthenticationFilter.class);
        if (!properties.enabled()) {
            return;
        }
        log.info("Single sign-on with {} ({}), matched by {}; password sign-in {}", properties.displayName(),
                properties.issuerUri(), properties.matchClaim(), properties.passwordLogin() ? "on"
                        : "off except for " + properties.breakGlassAdmins().size() + " break-glass administrator(s)");
        http.oauth2Login(login -> login
                .loginPage("/login")
                .clientRegistrationRepository(registrations)
                .authorizedClientRepository(new HttpSessionOAuth2AuthorizedClientRepository())
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(users))
                .failureHandler(SingleSignOnConfiguration::refused)
                .addObjectPostProcessor(new ObjectPostProcessor<OAuth2AuthorizationRequestRedirectFilter>() {
                    @Override
                    public <O extends OAuth2AuthorizationRequestRedirectFilter> O postProcess(O filter) {
                        return whenTheProviderCannotBeReached(filter);
                    }
                }));
    }

    /**
     * "Sign in with …" while the provider's discovery document cannot be read (the provider is down, or the issuer
     * address is wrong) sends the person to Podium's refusal page with "try again, else tell HR" instead of a bare
     * server error; the next click tries the provider again.
     */
    static <F extends OAuth2AuthorizationRequestRedirectFilter> F whenTheProviderCannotBeReached(F filter) {
        filter.setAuthenticationFailureHandler(SingleSignOnConfiguration::refused);
        return filter;
    }

    /**
     * Ends the provider's session too (RP-initiated logout) when its discovery document names an
     * {@code end_session_endpoint}; otherwise, and for password sessions, back to Podium's login page.
     */
    static LogoutSuccessHandler logoutSuccessHandler(DiscoveredClientRegistration registrations) {
        OidcClientInitiatedLogoutSuccessHandler handler = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        handler.setPostLogoutRedirectUri("{baseUrl}/login");
        handler.setDefaultTargetUrl("/login");
        // Vaadin logs out inside a UI request: the browser is sent on by the UI, not by an HTTP redirect of the XHR
        handler.setRedirectStrategy(new UidlRedirectStrategy());
        return handler;
    }

    private static void refused(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        String reason = "error";
        if (exception instanceof OAuth2AuthenticationException oauth) {
            String code = oauth.getError().getErrorCode();
            reason = switch (code) {
                case SingleSignOnRefused.UNKNOWN, SingleSignOnRefused.NO_CLAIM -> "unknown";
                case SingleSignOnRefused.DEACTIVATED -> "deactivated";
                default -> "error";
            };
            if (reason.equals("error")) {
                log.warn("Single sign-on failed: {} {}", code, oauth.getError().getDescription());
            }
        }
        response.sendRedirect(request.getContextPath() + REFUSED_PAGE + "?reason=" + reason);
    }
}
