package dev.podium.learning.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import dev.podium.learning.LearningRuleViolation;

/** Notifications of the learning views, worded from the message bundles. */
final class Feedback {

    private Feedback() {
    }

    static void success(String text) {
        Notification.show(text, 3000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.SUCCESS);
    }

    static void refused(Component source, LearningRuleViolation violation) {
        Notification.show(source.getTranslation(violation.messageKey(), violation.arguments()), 5000,
                Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.ERROR);
    }
}
