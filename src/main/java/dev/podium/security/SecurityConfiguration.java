package dev.podium.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import dev.podium.security.ui.LoginView;
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

@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, UserAccountRepository accounts,
            SecurityProperties properties, Clock clock, SingleSignOnConfiguration.SingleSignOn singleSignOn)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers(EndpointRequest.to(HealthEndpoint.class)).permitAll()
                .requestMatchers(EndpointRequest.toAnyEndpoint()).hasRole(Roles.HR_ADMIN)
                // images of published courses, served by the course module to anyone signed in
                .requestMatchers("/course-assets/**").authenticated());
        http.addFilterBefore(new AccountSessionGuard(accounts, properties, clock),
                AnonymousAuthenticationFilter.class);
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                // single sign-on: RP-initiated logout where the provider offers it, else back to the login page
                .logoutSuccessHandler(singleSignOn.logoutSuccessHandler()));
        // after Vaadin's configurer: the login page is ours, and failures say why (wrong, locked, deactivated)
        http.formLogin(form -> form.loginPage("/login").failureHandler(new LoginFailureHandler()));
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
