package dev.podium.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.podium.shared.CurrentUser;
import dev.podium.security.SingleSignOnProperties;
import dev.podium.shared.Languages;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The login page; says plainly why a login failed. Public because the security configuration names it. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** Query parameter of the login page after a session ended, with the language the person had chosen. */
    static final String SESSION_ENDED = "session-ended";

    private final LoginForm login = new LoginForm();
    private final Paragraph notice = new Paragraph();
    private final CurrentUser currentUser;

    LoginView(CurrentUser currentUser, SingleSignOnProperties singleSignOn) {
        this.currentUser = currentUser;
        addClassName("podium-login");
        login.setAction("login");
        login.setI18n(i18n(null));
        // day-one sign-in: a new password by e-mail (ForgotPasswordView)
        login.setForgotPasswordButtonVisible(true);
        login.addForgotPasswordListener(event -> event.getSource().getUI()
                .ifPresent(ui -> ui.navigate(ForgotPasswordView.class)));
        notice.setId("login-notice");
        notice.setVisible(false);

        Select<Locale> language = new Select<>();
        language.setId("login-language");
        language.setItems(Languages.SUPPORTED);
        language.setItemLabelGenerator(Languages::nativeName);
        language.setValue(Languages.closest(getLocale()));
        language.setAriaLabel(getTranslation("menu.language"));
        language.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                UI ui = UI.getCurrent();
                ui.getSession().setLocale(event.getValue());
                ui.getPage().reload();
            }
        });
        Paragraph help = new Paragraph(getTranslation("login.help"));
        help.addClassName("podium-muted");
        // the page's one h1 names the application; the form's own title follows as its h2
        H1 brand = new H1(getTranslation("app.name"));
        brand.addClassName("podium-brand");
        add(brand, notice);
        if (singleSignOn.enabled()) {
            add(singleSignOnButton(singleSignOn));
        }
        add(login, help, language);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (currentUser.get().isPresent()) {
            event.forwardTo("");
            return;
        }
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        // one answer for every failure (see LoginFailureHandler): a wrong password, a lock and a deactivated account look alike
        String reason = List.of("error").stream().filter(parameters::containsKey).findFirst()
                .orElse(null);
        if (reason != null) {
            login.setI18n(i18n(reason));
            login.setError(true);
        }
        if (parameters.containsKey(SESSION_ENDED)) {
            // the session (and with it the person's language) is gone; the address brings the language back
            Locale language = Languages.closest(Locale.forLanguageTag(parameters.get(SESSION_ENDED).getFirst()));
            if (!language.equals(getLocale())) {
                UI ui = UI.getCurrent();
                ui.getSession().setLocale(language);
                ui.getPage().reload();
                return;
            }
            notice.setText(getTranslation("session.ended.notice"));
            notice.setVisible(true);
        }
        if (parameters.containsKey("sso-only")) {
            notice.setText(getTranslation("sso.password-off"));
            notice.setVisible(true);
        }
        if (parameters.containsKey("password-set")) {
            notice.setText(getTranslation("links.password-set"));
            notice.setVisible(true);
        }
    }

    /** "Sign in with …": a plain link, so the browser leaves Vaadin for Spring's redirect to the provider. */
    private Anchor singleSignOnButton(SingleSignOnProperties singleSignOn) {
        Anchor link = new Anchor("oauth2/authorization/" + SingleSignOnProperties.REGISTRATION_ID,
                getTranslation("sso.sign-in-with", singleSignOn.displayName()));
        link.setRouterIgnore(true);
        link.setId("sso-sign-in");
        link.addClassName("podium-sso-button");
        return link;
    }

    private LoginI18n i18n(String failure) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form form = i18n.getForm();
        form.setTitle(getTranslation("login.title"));
        form.setUsername(getTranslation("login.username"));
        form.setPassword(getTranslation("login.password"));
        form.setSubmit(getTranslation("login.submit"));
        form.setForgotPassword(getTranslation("links.forgot.button"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        String key = failure == null ? "error" : failure;
        error.setTitle(getTranslation("login." + key + ".title"));
        error.setMessage(getTranslation("login." + key + ".message"));
        error.setUsername(getTranslation("login.username-required"));
        error.setPassword(getTranslation("login.password-required"));
        return i18n;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.page-title");
    }
}
