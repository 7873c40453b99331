package dev.podium.certificate.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dev.podium.certificate.CertificateService;
import dev.podium.certificate.CertificateStatus;
import dev.podium.certificate.IssuedCertificate;
import dev.podium.certificate.PaperSize;
import dev.podium.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** The employee's certificates: downloads (PDF in A4 or Letter, Open Badge), the verify link, and the history. */
@Route("certificates")
@RolesAllowed(Roles.EMPLOYEE)
@Menu(order = 17, title = "certificate.nav.mine", icon = "vaadin:diploma")
class MyCertificatesView extends Main implements HasDynamicTitle {

    private final CertificateService certificates;

    MyCertificatesView(CertificateService certificates) {
        this.certificates = certificates;
        addClassName("podium-page");
        add(new H2(getTranslation("certificate.my.title")));
        List<IssuedCertificate> mine = certificates.myCertificates();
        if (mine.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("certificate.my.none"));
            none.setId("certificates-none");
            add(none);
            return;
        }
        List<IssuedCertificate> current = mine.stream().filter(c -> c.status() != CertificateStatus.SUPERSEDED)
                .toList();
        List<IssuedCertificate> history = mine.stream().filter(c -> c.status() == CertificateStatus.SUPERSEDED)
                .toList();
        Div list = new Div();
        list.setId("certificates-current");
        list.getStyle().set("display", "grid").set("gap", "1rem");
        current.forEach(certificate -> list.add(card(certificate)));
        add(list);
        if (!history.isEmpty()) {
            Div earlier = new Div();
            earlier.setId("certificates-history");
            earlier.getStyle().set("display", "grid").set("gap", "1rem");
            history.forEach(certificate -> earlier.add(card(certificate)));
            add(new H3(getTranslation("certificate.my.history")), earlier);
        }
    }

    private Card card(IssuedCertificate certificate) {
        Card card = new Card();
        card.addClassName("certificate-card");
        card.getElement().setAttribute("data-certificate", String.valueOf(certificate.id()));
        card.setTitle(certificate.achievementTitle());
        Span status = Texts.status(this, certificate.status());
        card.setHeaderSuffix(status);
        card.add(new Paragraph(getTranslation("certificate.my.issued", Texts.date(certificate.issuedAt(), getLocale()))
                + " · " + (certificate.expiresOn() == null ? getTranslation("certificate.my.no-expiry")
                        : getTranslation("certificate.my.expires", Texts.date(certificate.expiresOn(), getLocale())))));
        if (certificate.revokeReason() != null) {
            card.add(new Paragraph(getTranslation("certificate.my.revoked-because", certificate.revokeReason())));
        }
        PaperSize usual = PaperSize.forCountry(getLocale().getCountry());
        HorizontalLayout downloads = new HorizontalLayout(
                Downloads.pdf(certificates, certificate, usual, paperLabel(usual)),
                Downloads.pdf(certificates, certificate, other(usual), paperLabel(other(usual))),
                Downloads.openBadge(certificates, certificate, getTranslation("certificate.my.open-badge")));
        downloads.addClassName("certificate-downloads");
        card.add(downloads);
        if (certificate.status() == CertificateStatus.VALID) {
            TextField link = new TextField(getTranslation("certificate.my.verify-link"));
            link.setValue(certificate.verifyUrl());
            link.setReadOnly(true);
            link.setWidth("min(34rem, 100%)");
            link.addClassName("certificate-verify-link");
            Button copy = new Button(getTranslation("certificate.my.copy"), event -> {
                link.getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)",
                        certificate.verifyUrl());
                Notification.show(getTranslation("certificate.my.copied"), 2000, Notification.Position.BOTTOM_START);
            });
            copy.addThemeVariants(ButtonVariant.TERTIARY);
            HorizontalLayout share = new HorizontalLayout(link, copy);
            share.setAlignItems(FlexComponent.Alignment.BASELINE);
            card.add(share);
        }
        return card;
    }

    private String paperLabel(PaperSize paper) {
        return paper == PaperSize.A4 ? getTranslation("certificate.my.pdf-a4")
                : getTranslation("certificate.my.pdf-letter");
    }

    private static PaperSize other(PaperSize paper) {
        return paper == PaperSize.A4 ? PaperSize.LETTER : PaperSize.A4;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("certificate.my.title");
    }
}
