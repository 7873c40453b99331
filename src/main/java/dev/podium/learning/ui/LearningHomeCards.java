package dev.podium.learning.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import dev.podium.learning.CourseProgress;
import dev.podium.learning.LearningService;
import dev.podium.shared.SignedInUser;
import dev.podium.shared.ui.HomeCard;


/** The home page's learning card: the course to continue, or where to start. */
@org.springframework.stereotype.Component
class LearningHomeCards implements HomeCard {

    private final LearningService learning;

    LearningHomeCards(LearningService learning) {
        this.learning = learning;
    }

    @Override
    public int order() {
        return 8;
    }

    @Override
    public boolean appliesTo(SignedInUser user) {
        return true;
    }

    @Override
    public Component render(SignedInUser user) {
        Card card = new Card();
        card.setId("home-learning");
        card.setTitle(card.getTranslation("home.learning.title"));
        var open = learning.myLearning(UI.getCurrent().getLocale()).stream().filter(p -> !p.completed()).findFirst();
        if (open.isPresent()) {
            CourseProgress progress = open.get();
            card.add(new Paragraph(card.getTranslation("home.learning.continue", progress.title(),
                    progress.percent())));
            String target = progress.next().lessonId() == null ? "courses/" + progress.courseId()
                    : "courses/" + progress.courseId() + "/" + progress.next().lessonId();
            card.add(new Anchor(target, card.getTranslation("course.continue")));
        } else {
            card.add(new Paragraph(card.getTranslation("home.learning.start")),
                    new Anchor("courses", card.getTranslation("my-learning.browse")));
        }
        return card;
    }
}
