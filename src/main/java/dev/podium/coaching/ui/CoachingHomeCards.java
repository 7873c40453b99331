package dev.podium.coaching.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import dev.podium.audit.AuditFilter;
import dev.podium.audit.AuditService;
import dev.podium.audit.AuditStatus;
import dev.podium.coaching.CoachTask;
import dev.podium.coaching.CoachingService;
import dev.podium.coaching.MyProgramme;
import dev.podium.shared.Role;
import dev.podium.shared.SignedInUser;
import dev.podium.shared.ui.HomeCard;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The coaching programme on the home page: the employee's own programme (or the invitation to join), and for a coach
 * what waits for them now, counted from the audits in review and the programme steps open for them.
 */
@Configuration(proxyBeanMethods = false)
class CoachingHomeCards {

    /** Reviews counted for the card; a coach with more sees this many (the inbox lists them all). */
    static final int COUNTED = 100;

    @Bean
    HomeCard programmeCard(CoachingService coaching) {
        return new Simple(9, user -> user.hasRole(Role.EMPLOYEE), card -> {
            card.setId("home-programme");
            card.setTitle(card.getTranslation("coaching.home.title"));
            Optional<MyProgramme> mine = coaching.myProgramme().filter(p -> p.stage().open());
            if (mine.isEmpty()) {
                card.add(new Paragraph(card.getTranslation("coaching.home.none")),
                        new Anchor("coaching", card.getTranslation("coaching.home.join")));
                return;
            }
            MyProgramme programme = mine.get();
            card.add(new Paragraph(card.getTranslation("coaching.home.stage",
                    card.getTranslation(Texts.stage(programme.stage())), programme.coachName())),
                    new Anchor("coaching", card.getTranslation("coaching.home.open")));
        });
    }

    @Bean
    HomeCard coachCard(CoachingService coaching, AuditService audits) {
        return new Simple(15, user -> user.hasRole(Role.COACH), card -> {
            card.setId("home-coach");
            card.setTitle(card.getTranslation("home.coach.title"));
            int reviews = audits.myReviews(new AuditFilter(Set.of(AuditStatus.IN_REVIEW), null, false), 0, COUNTED)
                    .size();
            List<CoachTask> steps = coaching.myCoachTasks();
            if (reviews == 0 && steps.isEmpty()) {
                card.add(new Paragraph(card.getTranslation("home.coach.text")));
                return;
            }
            if (reviews > 0) {
                card.add(new Paragraph(new Anchor("coach/audits", card.getTranslation("coaching.home.coach.reviews",
                        reviews))));
            }
            if (!steps.isEmpty()) {
                CoachTask oldest = steps.getFirst();
                card.add(new Paragraph(new Anchor("coach/programmes", card.getTranslation("coaching.home.coach.steps",
                        steps.size(), oldest.participantName(), card.getTranslation(Texts.task(oldest.kind())),
                        Texts.date(oldest.since(), UI.getCurrent().getLocale())))));
            }
        });
    }

    private record Simple(int order, java.util.function.Predicate<SignedInUser> audience,
            java.util.function.Consumer<Card> content) implements HomeCard {

        @Override
        public boolean appliesTo(SignedInUser user) {
            return audience.test(user);
        }

        @Override
        public Component render(SignedInUser user) {
            Card card = new Card();
            content.accept(card);
            return card;
        }
    }
}
