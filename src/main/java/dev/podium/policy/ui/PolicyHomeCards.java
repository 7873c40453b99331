package dev.podium.policy.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import dev.podium.policy.PolicyPage;
import dev.podium.policy.PolicyService;
import dev.podium.shared.SignedInUser;
import dev.podium.shared.ui.HomeCard;
import java.util.List;

/** Asks on the home page for every policy whose current version the person has not attested yet. */
@org.springframework.stereotype.Component
class PolicyHomeCards implements HomeCard {

    private final PolicyService policies;

    PolicyHomeCards(PolicyService policies) {
        this.policies = policies;
    }

    @Override
    public int order() {
        return 7;
    }

    @Override
    public boolean appliesTo(SignedInUser user) {
        return true;
    }

    @Override
    public Component render(SignedInUser user) {
        List<PolicyPage> due = policies.dueForMe(UI.getCurrent().getLocale());
        Card card = new Card();
        card.setId("home-policies");
        card.setTitle(card.getTranslation("policy.home.title"));
        if (due.isEmpty()) {
            card.add(new Paragraph(card.getTranslation("policy.home.none")));
        }
        for (PolicyPage page : due) {
            card.add(new Paragraph(card.getTranslation("policy.home.due", page.title(), page.version())),
                    new Anchor("policies/" + page.policyId(), card.getTranslation("policy.home.read")));
        }
        return card;
    }
}
