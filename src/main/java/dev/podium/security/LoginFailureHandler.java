package dev.podium.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Every failed login gets the same answer, whether the password was wrong, the account locked for this client or
 * deactivated, or the name unknown: a different answer would tell a stranger who has an account or who left. The
 * failure is counted for the client and for the account from that client.
 */
class LoginFailureHandler implements AuthenticationFailureHandler {

    private final LoginThrottle throttle;

    LoginFailureHandler(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        String username = request.getParameter("username");
        throttle.recordFailure(request.getRemoteAddr(),
                username == null ? "" : AccountService.normaliseUsername(username));
        response.sendRedirect(request.getContextPath() + "/login?error");
    }
}
