package dev.podium.activity.ui;

import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import dev.podium.activity.ActivityIndexService;
import dev.podium.activity.MyVoice;
import dev.podium.shared.Role;
import dev.podium.shared.SignedInUser;
import dev.podium.shared.ui.HomeCard;

/** Tells an employee their index and band, or invites them to import their activity first. */
@org.springframework.stereotype.Component
class ActivityHomeCards implements HomeCard {

    private final ActivityIndexService activity;

    ActivityHomeCards(ActivityIndexService activity) {
        this.activity = activity;
    }

    @Override
    public int order() {
        return 12;
    }

    @Override
    public boolean appliesTo(SignedInUser user) {
        return user.hasRole(Role.EMPLOYEE);
    }

    @Override
    public com.vaadin.flow.component.Component render(SignedInUser user) {
        Card card = new Card();
        card.setId("home-voice");
        card.setTitle(card.getTranslation("activity.ui.home.title"));
        MyVoice voice = activity.myVoice();
        if (!voice.imported()) {
            card.add(new Paragraph(card.getTranslation("activity.ui.home.no-import")),
                    new RouterLink(card.getTranslation("activity.ui.home.import-link"), ActivityImportView.class));
            return card;
        }
        card.add(new Paragraph(card.getTranslation("activity.ui.home.index", voice.index().total(),
                        card.getTranslation(Labels.band(voice.index().band())))),
                new Paragraph(Labels.sentence(card, voice.index().nextStep())),
                new RouterLink(card.getTranslation("activity.ui.home.voice-link"), MyVoiceView.class));
        return card;
    }
}
