package dev.podium.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;

/**
 * Where single sign-on ends when the identity provider vouched for someone Podium will not let in: not in the
 * register (the HRIS is the source of truth), deactivated, or the sign-in failed. Says whom to ask.
 */
@Route(value = "sign-in-refused", autoLayout = false)
@AnonymousAllowed
class SignInRefusedView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private static final List<String> REASONS = List.of("unknown", "deactivated", "error");

    private final Div card = new Div();

    SignInRefusedView() {
        addClassName("podium-login");
        card.addClassName("podium-public-card");
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String reason = event.getLocation().getQueryParameters().getSingleParameter("reason")
                .filter(REASONS::contains).orElse("error");
        card.removeAll();
        H1 title = new H1(getTranslation("sso.refused." + reason + ".title"));
        title.setId("sign-in-refused");
        title.getElement().setAttribute("data-reason", reason);
        card.add(title, new Paragraph(getTranslation("sso.refused." + reason + ".text")),
                new Anchor("login", getTranslation("links.back-to-login")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sso.refused.page-title");
    }
}
