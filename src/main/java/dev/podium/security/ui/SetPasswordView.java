package dev.podium.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.podium.security.LinkCheck;
import dev.podium.security.LinkRefused;
import dev.podium.security.LinkState;
import dev.podium.security.PasswordPolicyViolation;
import dev.podium.security.SignInLinkService;
import java.util.List;
import java.util.Map;

/**
 * The page an invitation or reset link opens: choose a password, or a plain word on why the link no longer works
 * (expired, used, replaced by a newer one, the person deactivated) and what to do instead.
 */
@Route(value = SignInLinkService.LINK_ROUTE + "/:token", autoLayout = false)
@AnonymousAllowed
class SetPasswordView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final SignInLinkService links;
    private final Div card = new Div();

    SetPasswordView(SignInLinkService links) {
        this.links = links;
        addClassName("podium-login");
        card.addClassName("podium-public-card");
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getRouteParameters().get("token").orElse("");
        card.removeAll();
        LinkCheck check = links.check(token);
        if (check.state() == LinkState.VALID) {
            showForm(token, check);
        } else {
            showRefusal(check.state());
        }
    }

    private void showForm(String token, LinkCheck check) {
        H1 title = new H1(getTranslation("links.choose.title." + check.purpose().name().toLowerCase()));
        Paragraph who = new Paragraph(getTranslation("links.choose.who", check.displayName(), check.email()));
        who.setId("link-person");
        PasswordField password = new PasswordField(getTranslation("account.new-password"));
        password.setId("link-password");
        password.setHelperText(getTranslation("account.password-help"));
        password.setWidthFull();
        PasswordField repeat = new PasswordField(getTranslation("account.repeat-password"));
        repeat.setId("link-repeat");
        repeat.setWidthFull();
        Button save = new Button(getTranslation("links.choose.save"));
        save.setId("link-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> {
            if (!password.getValue().equals(repeat.getValue())) {
                repeat.setErrorMessage(getTranslation("password.error.mismatch"));
                repeat.setInvalid(true);
                return;
            }
            repeat.setInvalid(false);
            try {
                links.choosePassword(token, password.getValue());
                getUI().ifPresent(ui -> ui.navigate("login",
                        new QueryParameters(Map.of("password-set", List.of("")))));
            } catch (PasswordPolicyViolation violation) {
                password.setErrorMessage(getTranslation(violation.messageKey()));
                password.setInvalid(true);
            } catch (LinkRefused refused) {
                card.removeAll();
                showRefusal(refused.state());
            }
        });
        card.add(title, who, password, repeat, save);
    }

    private void showRefusal(LinkState state) {
        String key = "links.refused." + state.name().toLowerCase();
        H1 title = new H1(getTranslation(key + ".title"));
        title.setId("link-refused");
        title.getElement().setAttribute("data-state", state.name());
        card.add(title, new Paragraph(getTranslation(key + ".text")));
        if (state != LinkState.DEACTIVATED) {
            Anchor forgot = new Anchor("forgot-password", getTranslation("links.refused.new-link"));
            forgot.setId("link-new");
            card.add(forgot);
        }
        card.add(new Paragraph(new Anchor("login", getTranslation("links.back-to-login"))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("links.page-title");
    }
}
