package dev.podium.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import dev.podium.shared.LogSafe;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Guards the login form's POST before Spring Security reads it.
 * <ul>
 * <li>Login CSRF: Vaadin's login form posts natively, without Spring's CSRF token, so the post must prove it
 * comes from Podium's own page: an {@code Origin} header naming Podium itself (every current browser sends one
 * with a form POST), or failing that {@code Sec-Fetch-Site: same-origin} or a {@code Referer} on Podium. A page on
 * another site, or a bare {@code curl}, is refused with 403.</li>
 * <li>Throttling: a client locked out for this account, or slowed down as a whole, gets the same answer as a
 * wrong password without the password being checked.</li>
 * </ul>
 */
class LoginRequestGuard extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(LoginRequestGuard.class);

    private final LoginThrottle throttle;

    LoginRequestGuard(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
                || !(request.getContextPath() + "/login").equals(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!fromOwnPage(request)) {
            log.info("Refused a login post from another origin ({})", LogSafe.of(request.getHeader("Origin")));
            // written here, not through sendError: the error page would need a sign-in and answer with a redirect
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("Sign in from Podium's own login page.\n");
            return;
        }
        String username = request.getParameter("username");
        if (username != null && throttle.refuses(request.getRemoteAddr(), AccountService.normaliseUsername(username))) {
            response.sendRedirect(request.getContextPath() + "/login?error");
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean fromOwnPage(HttpServletRequest request) {
        String own = ownOrigin(request);
        String origin = request.getHeader("Origin");
        if (origin != null) {
            return origin.toLowerCase(Locale.ROOT).equals(own);
        }
        if ("same-origin".equals(request.getHeader("Sec-Fetch-Site"))) {
            return true;
        }
        String referer = request.getHeader("Referer");
        return referer != null && referer.toLowerCase(Locale.ROOT).startsWith(own + "/");
    }

    /** Scheme, host and port as the browser sees Podium (through a trusted proxy's forwarded headers). */
    private static String ownOrigin(HttpServletRequest request) {
        String scheme = request.getScheme().toLowerCase(Locale.ROOT);
        int port = request.getServerPort();
        boolean defaultPort = "http".equals(scheme) && port == 80 || "https".equals(scheme) && port == 443;
        return scheme + "://" + request.getServerName().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }
}
