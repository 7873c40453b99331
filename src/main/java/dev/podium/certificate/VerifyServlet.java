package dev.podium.certificate;

import com.vaadin.flow.i18n.I18NProvider;
import dev.podium.shared.Languages;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Entities;

/**
 * The public page {@code /verify/<code>} (no sign-in): says whether a certificate is valid, expired, revoked or
 * unknown, with only the holder's name, the achievement and the dates. Unknown and malformed codes get the very same
 * answer; each client may ask a limited number of times per window (HTTP 429 beyond).
 */
class VerifyServlet extends HttpServlet {

    static final String PATH = "/verify";

    private final transient Verification verification;
    private final transient VerifyRateLimit rateLimit;
    private final transient I18NProvider translations;

    VerifyServlet(Verification verification, VerifyRateLimit rateLimit, I18NProvider translations) {
        this.verification = verification;
        this.rateLimit = rateLimit;
        this.translations = translations;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale language = Languages.closest(request.getLocale());
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Robots-Tag", "noindex, nofollow");
        response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
        if (!rateLimit.allow(request.getRemoteAddr())) {
            response.setStatus(429);
            response.setHeader("Retry-After", "60");
            page(response, language, "limited", text("certificate.verify.limited.title", language),
                    "<p>" + text("certificate.verify.limited", language) + "</p>");
            return;
        }
        String path = request.getPathInfo();
        String code = path == null ? "" : path.replaceFirst("^/", "");
        Optional<Verification.Result> result = verification.lookUp(code);
        if (result.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            page(response, language, "unknown", text("certificate.verify.unknown.title", language),
                    "<p>" + text("certificate.verify.unknown", language) + "</p>");
            return;
        }
        Verification.Result found = result.get();
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language);
        String state = found.status().name().toLowerCase(Locale.ROOT);
        StringBuilder body = new StringBuilder();
        body.append("<p class=\"state\">").append(text("certificate.verify.state." + state, language)).append("</p>");
        body.append("<dl>");
        row(body, text("certificate.verify.holder", language), found.employeeName(), "holder");
        row(body, text("certificate.verify.achievement", language), found.achievementTitle(), "achievement");
        row(body, text("certificate.verify.issued", language), dates.format(found.issuedOn()), "issued");
        if (found.expiresOn() != null) {
            row(body, text("certificate.verify.expires", language), dates.format(found.expiresOn()), "expires");
        }
        body.append("</dl>");
        page(response, language, state, text("certificate.verify.title", language), body.toString());
    }

    private static void row(StringBuilder body, String label, String value, String id) {
        body.append("<dt>").append(Entities.escape(label)).append("</dt><dd id=\"").append(id).append("\">")
                .append(Entities.escape(value)).append("</dd>");
    }

    private void page(HttpServletResponse response, Locale language, String state, String title, String body)
            throws IOException {
        response.setContentType("text/html;charset=UTF-8");
        String html = """
                <!DOCTYPE html>
                <html lang="%s"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s</title>
                <style>
                body{font-family:system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;color:#1b1d21}
                main{border:1px solid #d5d9e0;border-radius:12px;padding:1.5rem 2rem}
                .state{font-size:1.25rem;font-weight:600}
                .valid .state{color:#1e7b34}.expired .state,.superseded .state{color:#8a5a00}
                .revoked .state,.unknown p,.limited p{color:#b3261e}
                dt{font-weight:600;margin-top:.6rem}dd{margin:0}
                footer{margin-top:1rem;color:#5c6370;font-size:.85rem}
                </style></head>
                <body><main id="verify" class="%s" data-state="%s"><h1>%s</h1>%s</main>
                <footer>%s</footer></body></html>
                """.formatted(language.getLanguage(), Entities.escape(title), state, state, Entities.escape(title),
                body, Entities.escape(text("certificate.verify.footer", language)));
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    private String text(String key, Locale language) {
        return translations.getTranslation(key, language);
    }
}
