package dev.podium.audit.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import dev.podium.audit.AuditDetails;
import dev.podium.audit.AuditService;
import dev.podium.shared.Role;
import dev.podium.shared.SignedInUser;
import dev.podium.shared.ui.HomeCard;
import java.util.Optional;

/** The employee's profile audit on the home page: where it stands, or how to start one. */
@org.springframework.stereotype.Component
class AuditHomeCard implements HomeCard {

    private final AuditService audits;

    AuditHomeCard(AuditService audits) {
        this.audits = audits;
    }

    @Override
    public int order() {
        return 9;
    }

    @Override
    public boolean appliesTo(SignedInUser user) {
        return user.hasRole(Role.EMPLOYEE);
    }

    @Override
    public Component render(SignedInUser user) {
        Card card = new Card();
        card.setId("home-audit");
        card.setTitle(card.getTranslation("audit.home.title"));
        Optional<AuditDetails> mine = audits.myAudit();
        if (mine.isEmpty()) {
            card.add(new Paragraph(card.getTranslation("audit.ui.my.none")),
                    new Anchor("audit", card.getTranslation("audit.home.start")));
            return card;
        }
        AuditDetails audit = mine.get();
        String text = switch (audit.status()) {
            case IN_REVIEW -> card.getTranslation("audit.home.in-review",
                    AuditTexts.runningTotal(card, audit.currentRound()));
            case REVISION_REQUESTED -> card.getTranslation("audit.home.revision");
            case APPROVED -> card.getTranslation("audit.home.approved", audit.finalScore());
            case CANCELLED -> card.getTranslation("audit.home.cancelled");
        };
        card.add(new Paragraph(text), new Anchor("audit", card.getTranslation("audit.home.open")));
        return card;
    }
}
