package dev.podium.security.ui;

import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.SystemMessages;
import com.vaadin.flow.server.SystemMessagesInfo;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import dev.podium.shared.Languages;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * When a session ends (sign-out elsewhere, deactivation, a new password, the timeout), the browser goes to the login
 * page, which says "Your session ended — sign in again" in the person's language, instead of Vaadin's English
 * "Session expired" or "Cookies disabled" banners (where Vaadin still shows a banner, it carries the same words). (The
 * browser has such a message before the session ends: Vaadin hands the texts to the page when it loads, so they are in
 * the language the person chose.) No note waits for a click: the tab leaves at the next heartbeat or request, so with
 * the heartbeat every 30 s and the account re-read at most every 20 s, an idle tab of a deactivated person leaves the
 * page within a minute.
 */
@Component
class SessionEndedMessages implements VaadinServiceInitListener {

    private final I18NProvider texts;

    SessionEndedMessages(I18NProvider texts) {
        this.texts = texts;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().setSystemMessagesProvider(this::messages);
    }

    SystemMessages messages(SystemMessagesInfo info) {
        VaadinSession session = VaadinSession.getCurrent();
        Locale language = Languages.closest(session != null && session.getLocale() != null ? session.getLocale()
                : info.getLocale());
        String caption = texts.getTranslation("session.ended.caption", language);
        String message = texts.getTranslation("session.ended.message", language);
        CustomizedSystemMessages messages = new CustomizedSystemMessages();
        // an ended session goes straight to the login page, which says so in the language the person chose
        messages.setSessionExpiredCaption(caption);
        messages.setSessionExpiredMessage(message);
        messages.setSessionExpiredURL("login?" + LoginView.SESSION_ENDED + "=" + language.getLanguage());
        messages.setSessionExpiredNotificationEnabled(false);
        // what Vaadin shows when a request arrives without the session it expects: the same plain fact
        messages.setCookiesDisabledCaption(caption);
        messages.setCookiesDisabledMessage(message);
        messages.setCookiesDisabledURL("login?" + LoginView.SESSION_ENDED + "=" + language.getLanguage());
        messages.setCookiesDisabledNotificationEnabled(true);
        return messages;
    }
}
