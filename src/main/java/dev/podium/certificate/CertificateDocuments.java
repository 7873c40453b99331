package dev.podium.certificate;

import com.vaadin.flow.i18n.I18NProvider;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Turns a stored certificate into its PDF, with the printed texts in the language it was issued in. */
@Component
class CertificateDocuments {

    private final CertificatePdf pdf = new CertificatePdf(new CertificateFonts());
    private final I18NProvider translations;
    private final CertificateProperties properties;
    private final PublicAddress address;

    CertificateDocuments(I18NProvider translations, CertificateProperties properties, PublicAddress address) {
        this.translations = translations;
        this.properties = properties;
        this.address = address;
    }

    byte[] pdf(Certificate certificate, PaperSize paper) {
        return pdf.render(content(certificate, paper));
    }

    CertificatePdf.Content content(Certificate certificate, PaperSize paper) {
        Locale language = Locale.forLanguageTag(certificate.language());
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language);
        String issued = dates.format(certificate.issuedAt().atZone(ZoneOffset.UTC).toLocalDate());
        String expiry = certificate.expiresOn() == null ? null
                : text("certificate.pdf.expiry", language, dates.format(certificate.expiresOn()));
        return new CertificatePdf.Content(
                text("certificate.pdf.title", language, certificate.achievementTitle(), certificate.employeeName()),
                text("certificate.pdf.heading", language), text("certificate.pdf.intro", language),
                certificate.employeeName(), text("certificate.pdf.completed", language),
                certificate.achievementTitle(), text("certificate.pdf.issued", language, issued), expiry,
                properties.issuerName(), text("certificate.pdf.verify", language, certificate.verificationCode()),
                certificate.verificationCode(), address.verifyUrl(certificate.verificationCode()),
                language.toLanguageTag(), paper);
    }

    private String text(String key, Locale language, Object... arguments) {
        return translations.getTranslation(key, language, arguments);
    }
}
