package dev.podium.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.podium.security.SignInLinkService;
import dev.podium.security.TooManyRequests;

/**
 * "Forgot your password?": asks for an e-mail address and always answers the same, whether or not an account
 * has it, so the page tells nobody who has an account.
 */
@Route(value = "forgot-password", autoLayout = false)
@AnonymousAllowed
class ForgotPasswordView extends Main implements HasDynamicTitle {

    ForgotPasswordView(SignInLinkService links) {
        addClassName("podium-login");
        Div card = new Div();
        card.addClassName("podium-public-card");
        H1 title = new H1(getTranslation("links.forgot.title"));
        Paragraph intro = new Paragraph(getTranslation("links.forgot.intro"));
        EmailField email = new EmailField(getTranslation("login.username"));
        email.setId("forgot-email");
        email.setWidthFull();
        email.setRequiredIndicatorVisible(true);
        email.setErrorMessage(getTranslation("links.forgot.email-invalid"));
        Paragraph answer = new Paragraph();
        answer.setId("forgot-answer");
        answer.setVisible(false);
        Button send = new Button(getTranslation("links.forgot.send"));
        send.setId("forgot-send");
        send.addThemeVariants(ButtonVariant.PRIMARY);
        send.addClickListener(e -> {
            if (email.getValue().isBlank() || email.isInvalid()) {
                email.setInvalid(true);
                return;
            }
            VaadinRequest request = VaadinRequest.getCurrent();
            try {
                links.requestPasswordReset(email.getValue(), request == null ? null : request.getRemoteAddr());
                answer.setText(getTranslation("links.forgot.sent", email.getValue()));
                answer.getElement().setAttribute("data-state", "sent");
            } catch (TooManyRequests tooMany) {
                answer.setText(getTranslation("links.forgot.too-many"));
                answer.getElement().setAttribute("data-state", "too-many");
            }
            answer.setVisible(true);
        });
        card.add(title, intro, email, send, answer, new Anchor("login", getTranslation("links.back-to-login")));
        add(card);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("links.forgot.title") + " · Podium";
    }
}
