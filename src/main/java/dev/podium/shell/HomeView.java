package dev.podium.shell;

import dev.podium.shared.ui.HomeCard;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dev.podium.shared.CurrentUser;
import dev.podium.shared.SignedInUser;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.List;

/** Where everyone lands: a greeting and the cards of every module that has something for this person. */
@Route("")
@PermitAll
@Menu(order = 0, title = "nav.home", icon = "vaadin:home")
class HomeView extends Main implements HasDynamicTitle {

    HomeView(CurrentUser currentUser, List<HomeCard> cards) {
        addClassName("podium-page");
        SignedInUser user = currentUser.require();
        H2 greeting = new H2(getTranslation("home.greeting", user.displayName()));
        greeting.setId("home-greeting");
        Div grid = new Div();
        grid.addClassName("podium-cards");
        cards.stream()
                .filter(card -> card.appliesTo(user))
                .sorted(Comparator.comparingInt(HomeCard::order))
                .map(card -> card.render(user))
                .forEach(grid::add);
        add(greeting, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.home");
    }
}
