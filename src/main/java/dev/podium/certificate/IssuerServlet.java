package dev.podium.certificate;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The public issuer profile ({@code /issuer}, also at {@code /.well-known/podium-issuer.json}): who issues
 * Podium's Open Badges and the Ed25519 public key (a Multikey) their proofs verify with.
 */
class IssuerServlet extends HttpServlet {

    static final String PATH = "/issuer";
    static final String WELL_KNOWN = "/.well-known/podium-issuer.json";

    private final transient OpenBadges openBadges;

    IssuerServlet(OpenBadges openBadges) {
        this.openBadges = openBadges;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] json = openBadges.issuerProfile().getBytes(StandardCharsets.UTF_8);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "public, max-age=3600");
        response.setHeader("Access-Control-Allow-Origin", "*");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLength(json.length);
        response.getOutputStream().write(json);
    }
}
