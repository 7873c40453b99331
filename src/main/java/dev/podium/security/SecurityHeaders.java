package dev.podium.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Headers every answer carries, set before anything is written (a servlet that needs a stricter policy, such as
 * course images or the verify page, replaces them).
 * <ul>
 * <li>A Content-Security-Policy that Vaadin works with: scripts and styles only from Podium itself; Vaadin's
 * bootstrap needs inline scripts and its {@code executeJs} needs {@code eval}, which is why those two are allowed
 * — no other site can add a script, frame Podium or receive a form.</li>
 * <li>{@code X-Content-Type-Options: nosniff}, {@code Referrer-Policy: same-origin}.</li>
 * <li>{@code Cache-Control: no-store} on pages and UI requests (they carry the CSRF token and personal data);
 * Vaadin's static files under {@code /VAADIN/} keep their own caching.</li>
 * </ul>
 */
class SecurityHeaders extends OncePerRequestFilter {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval';"
            + " style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:;"
            + " connect-src 'self'; media-src 'self'; object-src 'none'; frame-src 'self'; frame-ancestors 'self';"
            + " base-uri 'self'; form-action 'self'";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith("/VAADIN/") && !path.startsWith("/icons/") && !path.startsWith("/images/")) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }
}
