package dev.podium.certificate.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import dev.podium.certificate.CertificateService;
import dev.podium.certificate.CertificateStatus;
import dev.podium.certificate.IssuedCertificate;
import dev.podium.shared.Role;
import dev.podium.shared.SignedInUser;
import dev.podium.shared.ui.HomeCard;
import java.util.Optional;

/** An employee's latest certificate on the home page, once they have one. */
@org.springframework.stereotype.Component
class CertificateHomeCard implements HomeCard {

    private final CertificateService certificates;

    CertificateHomeCard(CertificateService certificates) {
        this.certificates = certificates;
    }

    @Override
    public int order() {
        return 8;
    }

    @Override
    public boolean appliesTo(SignedInUser user) {
        return user.hasRole(Role.EMPLOYEE);
    }

    @Override
    public Component render(SignedInUser user) {
        Card card = new Card();
        card.setId("home-certificate");
        card.setTitle(card.getTranslation("certificate.home.title"));
        Optional<IssuedCertificate> latest = certificates.myCertificates().stream()
                .filter(c -> c.status() != CertificateStatus.SUPERSEDED).findFirst();
        if (latest.isEmpty()) {
            card.add(new Paragraph(card.getTranslation("certificate.my.none")));
        } else {
            IssuedCertificate certificate = latest.get();
            card.add(new Paragraph(certificate.achievementTitle()), Texts.status(card, certificate.status()),
                    new Paragraph(certificate.expiresOn() == null ? card.getTranslation("certificate.my.no-expiry")
                            : card.getTranslation("certificate.my.expires",
                                    Texts.date(certificate.expiresOn(), com.vaadin.flow.component.UI.getCurrent().getLocale()))));
        }
        card.add(new Anchor("certificates", card.getTranslation("certificate.home.open")));
        return card;
    }
}
