package dev.podium.certificate.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import dev.podium.certificate.CertificateStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Small shared texts of the certificate views. */
final class Texts {

    private Texts() {
    }

    static String date(LocalDate date, Locale locale) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    static String date(Instant instant, Locale locale) {
        return instant == null ? "" : date(instant.atZone(ZoneOffset.UTC).toLocalDate(), locale);
    }

    static String statusKey(CertificateStatus status) {
        return "certificate.status." + status.name().toLowerCase(Locale.ROOT);
    }

    static Span status(Component context, CertificateStatus status) {
        Span badge = new Span(context.getTranslation(statusKey(status)));
        badge.getElement().getThemeList().add("badge " + switch (status) {
            case VALID -> "success";
            case REVOKED -> "error";
            default -> "contrast";
        });
        badge.addClassName("certificate-status");
        badge.getElement().setAttribute("data-status", status.name());
        return badge;
    }
}
