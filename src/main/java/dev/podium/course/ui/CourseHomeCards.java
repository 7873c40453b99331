package dev.podium.course.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import dev.podium.course.CourseLibraryStatus;
import dev.podium.course.CourseService;
import dev.podium.shared.Role;
import dev.podium.shared.SignedInUser;
import dev.podium.shared.ui.HomeCard;

/** Tells HR on the home page when course folders are held back, so broken content does not go unnoticed. */
@org.springframework.stereotype.Component
class CourseHomeCards implements HomeCard {

    private final CourseService courses;

    CourseHomeCards(CourseService courses) {
        this.courses = courses;
    }

    @Override
    public int order() {
        return 6;
    }

    @Override
    public boolean appliesTo(SignedInUser user) {
        return user.hasRole(Role.HR_ADMIN);
    }

    @Override
    public Component render(SignedInUser user) {
        Card card = new Card();
        card.setId("home-course-library");
        card.setTitle(card.getTranslation("nav.course-library"));
        CourseLibraryStatus status = courses.status(UI.getCurrent().getLocale());
        card.add(new Paragraph(status.unpublished().isEmpty()
                ? card.getTranslation("home.course-library.fine", status.published().size())
                : card.getTranslation("home.course-library.held-back", status.unpublished().size(),
                        String.join(", ", status.unpublished()))),
                new Anchor("course-library", card.getTranslation("home.course-library.link")));
        return card;
    }
}
