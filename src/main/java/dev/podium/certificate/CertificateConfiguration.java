package dev.podium.certificate;

import com.vaadin.flow.i18n.I18NProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The public endpoints (verify page, issuer profile) with a security chain of their own that lets anyone in and
 * keeps no session.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CertificateProperties.class)
class CertificateConfiguration {

    @Bean
    ServletRegistrationBean<VerifyServlet> certificateVerify(Verification verification, VerifyRateLimit rateLimit,
            I18NProvider translations) {
        ServletRegistrationBean<VerifyServlet> registration = new ServletRegistrationBean<>(
                new VerifyServlet(verification, rateLimit, translations), VerifyServlet.PATH + "/*");
        registration.setName("certificateVerify");
        return registration;
    }

    @Bean
    ServletRegistrationBean<IssuerServlet> certificateIssuerProfile(OpenBadges openBadges) {
        ServletRegistrationBean<IssuerServlet> registration = new ServletRegistrationBean<>(
                new IssuerServlet(openBadges), IssuerServlet.PATH, IssuerServlet.WELL_KNOWN);
        registration.setName("certificateIssuer");
        return registration;
    }

    /** Before the application's chain: these paths are public and never start a session. */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain certificatePublicPaths(HttpSecurity http) throws Exception {
        http.securityMatcher(VerifyServlet.PATH + "/**", IssuerServlet.PATH, IssuerServlet.WELL_KNOWN)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable());
        return http.build();
    }
}
