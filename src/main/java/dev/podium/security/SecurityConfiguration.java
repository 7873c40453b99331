package dev.podium.security;

import dev.podium.shared.Roles;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import dev.podium.security.ui.LoginView;
import jakarta.servlet.DispatcherType;
import java.time.Clock;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.HeaderWriterFilter;

@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, UserAccountRepository accounts,
            SecurityProperties properties, Clock clock, LoginThrottle throttle,
            SingleSignOnConfiguration.SingleSignOn singleSignOn) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                // an error's own status reaches the client (Vaadin answers a heartbeat of an ended session with
                // 403, which makes the tab leave; a redirect to the login page instead looked like a live session)
                .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                .requestMatchers(EndpointRequest.to(HealthEndpoint.class)).permitAll()
                .requestMatchers(EndpointRequest.toAnyEndpoint()).hasRole(Roles.HR_ADMIN)
                // images of published courses, served by the course module to anyone signed in
                .requestMatchers("/course-assets/**").authenticated());
        http.addFilterBefore(new AccountSessionGuard(accounts, properties, clock),
                AnonymousAuthenticationFilter.class);
        // security hardening (issue 14): headers on every answer; the login post must come from Podium's own page
        // and from a client that is not locked out or slowed down
        http.addFilterBefore(new SecurityHeaders(), HeaderWriterFilter.class);
        http.addFilterBefore(new LoginRequestGuard(throttle), UsernamePasswordAuthenticationFilter.class);
        // signed-in people reach Vaadin for any address, so an unknown one gets Podium's "Page not available"
        // (Vaadin's default, deny, answered a bare 403); views stay guarded by @RolesAllowed
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                .anyRequest(any -> any.authenticated())
                // single sign-on: RP-initiated logout where the provider offers it, else back to the login page
                .logoutSuccessHandler(singleSignOn.logoutSuccessHandler()));
        // after Vaadin's configurer: the login page is ours, and every failure gets the same answer
        http.formLogin(form -> form.loginPage("/login").failureHandler(new LoginFailureHandler(throttle)));
        // single sign-on (OpenID Connect) when configured, and the switch that turns password sign-in off
        singleSignOn.configure(http);
        return http.build();
    }

    /** bcrypt by default, with the algorithm recorded in each hash so it can be raised later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
