package dev.podium.notification.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import dev.podium.notification.NotificationItem;
import dev.podium.notification.NotificationService;
import dev.podium.shared.SignedInUser;
import dev.podium.shared.ui.NavbarItem;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** The bell in the top bar: how many notifications are unread, and the latest ones on a click. */
@org.springframework.stereotype.Component
class NotificationBell implements NavbarItem {

    private final NotificationService notifications;

    NotificationBell(NotificationService notifications) {
        this.notifications = notifications;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Component render(SignedInUser user) {
        Button bell = new Button(VaadinIcon.BELL.create());
        bell.setId("notification-bell");
        bell.addThemeVariants(ButtonVariant.TERTIARY);
        Span count = new Span();
        count.setId("notification-count");
        count.addClassName("podium-bell-count");
        Div wrapper = new Div(bell, count);
        wrapper.addClassName("podium-bell");
        showCount(bell, count, notifications.myUnreadCount());

        Popover popover = new Popover();
        popover.setTarget(bell);
        popover.setWidth("22rem");
        popover.addOpenedChangeListener(event -> {
            if (event.isOpened()) {
                popover.removeAll();
                popover.add(list(popover));
                notifications.markAllRead();
                showCount(bell, count, 0);
            }
        });
        wrapper.add(popover);
        return wrapper;
    }

    private Component list(Popover popover) {
        Div list = new Div();
        list.setId("notification-list");
        var mine = notifications.myNotifications();
        if (mine.isEmpty()) {
            list.add(new Paragraph(popover.getTranslation("notification.none")));
            return list;
        }
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                .withLocale(com.vaadin.flow.component.UI.getCurrent().getLocale()).withZone(ZoneId.systemDefault());
        for (NotificationItem notification : mine) {
            Div item = new Div();
            item.addClassName("podium-notification");
            if (!notification.read()) {
                item.addClassName("podium-notification-unread");
            }
            String text = popover.getTranslation(notification.messageKey(), notification.arguments().toArray());
            item.add(notification.link() == null ? new Span(text) : new Anchor(notification.link(), text));
            Span time = new Span(when.format(notification.createdAt()));
            time.addClassName("podium-muted");
            item.add(new Div(time));
            list.add(item);
        }
        return list;
    }

    private static void showCount(Button bell, Span count, long unread) {
        count.setText(unread == 0 ? "" : unread > 99 ? "99+" : Long.toString(unread));
        count.setVisible(unread > 0);
        bell.setAriaLabel(bell.getTranslation(unread == 0 ? "notification.bell" : "notification.bell-unread", unread));
    }
}
