package dev.podium.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * With password sign-in switched off ({@code podium.security.sso.password-login=false}), a password login is refused
 * before any account is looked up, unless the typed address is one of the break-glass HR administrators. The answer
 * depends only on the typed address and the configuration, never on whether an account exists.
 */
final class PasswordSignInGate extends OncePerRequestFilter {

    private final SingleSignOnProperties properties;

    PasswordSignInGate(SingleSignOnProperties properties) {
        this.properties = properties;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if ("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath())) {
            String username = request.getParameter("username");
            if (!properties.passwordAllowedFor(AccountService.normaliseUsername(username == null ? "" : username))) {
                response.sendRedirect(request.getContextPath() + "/login?sso-only");
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
