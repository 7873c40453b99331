package dev.podium.people.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import dev.podium.people.EmployeeService;
import dev.podium.people.MyProfile;
import dev.podium.people.OrganisationFigures;
import dev.podium.shared.Role;
import dev.podium.shared.SignedInUser;
import dev.podium.shared.ui.HomeCard;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the people module has to say on the home page, per role. */
@Configuration(proxyBeanMethods = false)
class PeopleHomeCards {

    @Bean
    HomeCard profileCard(EmployeeService employees) {
        return new Simple(10, user -> true, (user, card) -> {
            card.setTitle(card.getTranslation("home.profile.title"));
            MyProfile profile = employees.myProfile().orElse(null);
            if (profile == null) {
                card.add(new Paragraph(card.getTranslation("home.profile.missing")));
                return;
            }
            Locale locale = com.vaadin.flow.component.UI.getCurrent().getLocale();
            card.add(line(profile.fullName() + (profile.jobTitle() == null ? "" : " · " + profile.jobTitle())),
                    line(profile.departmentName().orElse(card.getTranslation("home.profile.no-department")) + ", "
                            + Locale.of("", profile.countryCode()).getDisplayCountry(locale)),
                    line(profile.lineManagerName()
                            .map(name -> card.getTranslation("home.profile.manager", name))
                            .orElse(card.getTranslation("home.profile.no-manager"))),
                    new Paragraph(card.getTranslation("home.profile.next")),
                    new Anchor("account", card.getTranslation("home.profile.account-link")));
        });
    }

    @Bean
    HomeCard teamCard(EmployeeService employees) {
        return new Simple(20, user -> user.hasRole(Role.LINE_MANAGER), (user, card) -> {
            card.setTitle(card.getTranslation("home.team.title"));
            int reports = employees.myDirectReports().size();
            card.add(new Paragraph(card.getTranslation("home.team.count", reports)),
                    new Anchor("team", card.getTranslation("home.team.link")));
        });
    }

    @Bean
    HomeCard organisationCard(EmployeeService employees) {
        return new Simple(5, user -> user.hasRole(Role.HR_ADMIN), (user, card) -> {
            card.setTitle(card.getTranslation("home.organisation.title"));
            OrganisationFigures figures = employees.figures();
            card.add(new Paragraph(card.getTranslation("home.organisation.figures", figures.activeEmployees(),
                            figures.departments(), figures.formerEmployees())),
                    new Anchor("employees", card.getTranslation("home.organisation.link")));
        });
    }

    // the coach's card lives in the coaching module: it counts the reviews and programme steps waiting

    private static Div line(String text) {
        return new Div(text);
    }

    private record Simple(int order, java.util.function.Predicate<SignedInUser> audience,
            java.util.function.BiConsumer<SignedInUser, Card> content) implements HomeCard {

        @Override
        public boolean appliesTo(SignedInUser user) {
            return audience.test(user);
        }

        @Override
        public Component render(SignedInUser user) {
            Card card = new Card();
            content.accept(user, card);
            return card;
        }
    }
}
