package dev.podium.notification.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import dev.podium.notification.NotificationService;
import dev.podium.security.AccountSection;
import dev.podium.shared.SignedInUser;

/** The person's choice, on their account page, to get their notifications as an e-mail digest. */
@org.springframework.stereotype.Component
class EmailDigestSection implements AccountSection {

    private final NotificationService notifications;

    EmailDigestSection(NotificationService notifications) {
        this.notifications = notifications;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Component render(SignedInUser user) {
        Div section = new Div();
        section.setId("email-digest-section");
        Checkbox digest = new Checkbox(section.getTranslation("notification.digest.choice"));
        digest.setId("email-digest");
        digest.setHelperText(section.getTranslation("notification.digest.help"));
        digest.setValue(notifications.myEmailDigest());
        digest.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                notifications.chooseEmailDigest(e.getValue());
                Notification.show(section.getTranslation("notification.digest.saved"));
            }
        });
        section.add(new H2(section.getTranslation("notification.digest.title")), digest);
        return section;
    }
}
