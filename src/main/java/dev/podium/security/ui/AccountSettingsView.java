package dev.podium.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dev.podium.security.AccountService;
import dev.podium.shared.CurrentUser;
import dev.podium.security.PasswordPolicyViolation;
import dev.podium.shared.SignedInUser;
import jakarta.annotation.security.PermitAll;

/** A person's own account: who they are signed in as, and their password. */
@Route("account")
@PermitAll
@Menu(order = 90, title = "nav.account", icon = "vaadin:user")
class AccountSettingsView extends Main implements HasDynamicTitle {

    private final AccountService accounts;
    private final PasswordField current = new PasswordField();
    private final PasswordField fresh = new PasswordField();
    private final PasswordField repeat = new PasswordField();

    AccountSettingsView(AccountService accounts, CurrentUser currentUser,
            java.util.List<dev.podium.security.AccountSection> sections) {
        this.accounts = accounts;
        addClassName("podium-page");
        SignedInUser user = currentUser.require();
        Paragraph signedInAs = new Paragraph(getTranslation("account.signed-in-as", user.displayName(),
                user.username()));
        current.setLabel(getTranslation("account.current-password"));
        current.setId("current-password");
        fresh.setLabel(getTranslation("account.new-password"));
        fresh.setId("new-password");
        fresh.setHelperText(getTranslation("account.password-help"));
        repeat.setLabel(getTranslation("account.repeat-password"));
        repeat.setId("repeat-password");
        Button save = new Button(getTranslation("account.change-password"), e -> changePassword());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("change-password");
        FormLayout form = new FormLayout(current, fresh, repeat);
        form.setMaxWidth("32rem");
        add(signedInAs);
        if (accounts.ownPasswordChangeRequired()) {
            Paragraph notice = new Paragraph(getTranslation("account.password-change-required"));
            notice.setId("password-change-required");
            notice.getStyle().set("font-weight", "600");
            add(notice);
        }
        add(new H2(getTranslation("account.password")), form, save);
        sections.stream().sorted(java.util.Comparator.comparingInt(dev.podium.security.AccountSection::order))
                .forEach(section -> add(section.render(user)));
    }

    private void changePassword() {
        if (!fresh.getValue().equals(repeat.getValue())) {
            repeat.setErrorMessage(getTranslation("password.error.mismatch"));
            repeat.setInvalid(true);
            return;
        }
        repeat.setInvalid(false);
        try {
            boolean wasRequired = accounts.ownPasswordChangeRequired();
            accounts.changeOwnPassword(current.getValue(), fresh.getValue());
            // the new password ends the person's other sessions; this one stays signed in
            current.clear();
            fresh.clear();
            repeat.clear();
            Notification done = Notification.show(getTranslation("account.password-changed-signed-in"), 5000,
                    Notification.Position.TOP_CENTER);
            done.addThemeVariants(NotificationVariant.SUCCESS);
            done.setId("password-changed");
            if (wasRequired) {
                // the rest of Podium is open now
                getUI().ifPresent(ui -> ui.navigate(""));
            }
        } catch (PasswordPolicyViolation violation) {
            Notification.show(getTranslation(violation.messageKey()), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.ERROR);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.account");
    }
}
