package dev.podium.certificate;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The address the QR codes, verify links and Open Badges ids point below. A certificate printed with
 * {@code http://localhost:8080} is useless to whoever scans it, so: the configured {@code PODIUM_PUBLIC_URL} when
 * there is one; in the demo the address the browser used; in production without it a warning at start, and no
 * certificate is issued (see {@link #checkCanIssue()}).
 */
@Component
class PublicAddress {

    private static final Logger log = LoggerFactory.getLogger(PublicAddress.class);

    private final String configured;
    private final boolean demo;
    private final @Nullable Environment environment;

    @Autowired
    PublicAddress(CertificateProperties properties, Environment environment) {
        this.configured = properties.publicUrl();
        this.demo = environment.matchesProfiles("demo");
        this.environment = environment;
        if (configured.isEmpty() && !demo) {
            log.warn("PODIUM_PUBLIC_URL (podium.certificate.public-url) is not set: certificates cannot be issued"
                    + " until it names the address people reach Podium at, e.g. https://podium.example.com");
        }
    }

    /** A fixed address, for tests of what is built below it. */
    PublicAddress(String configured) {
        this.configured = configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
        this.demo = false;
        this.environment = null;
    }

    /** Without a trailing slash. */
    String base() {
        if (!configured.isEmpty()) {
            return configured;
        }
        // the demo (and a production set-up that lost its setting after issuing): the address of this request
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return ServletUriComponentsBuilder.fromContextPath(request).replaceQuery(null).build().toUriString();
        }
        // no request (a listener, a scheduled job): this machine, on the port it listens on
        String port = environment == null ? "8080"
                : environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        return "http://localhost:" + port;
    }

    /** The public verification page of a code. */
    String verifyUrl(String code) {
        return base() + "/verify/" + code;
    }

    /** Refuses to issue in production while the public address is not configured. */
    void checkCanIssue() {
        if (configured.isEmpty() && !demo) {
            throw new CertificateRuleViolation("certificate.rule.no-public-url");
        }
    }
}
