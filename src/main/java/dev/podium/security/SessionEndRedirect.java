package dev.podium.security;

import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * When the server has ended a session (deactivation, a new password or roles, expiry), the tab reloads at once on
 * the next heartbeat or click instead of showing Vaadin's "Session expired" note over the last page: the reload
 * reaches Spring Security, which sends the person to the login page (and back to this page after signing in).
 * With the heartbeat every 30 s and the account re-read at most every 20 s, an idle tab of a deactivated person
 * leaves the page within a minute.
 */
@Component
class SessionEndRedirect implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().setSystemMessagesProvider(info -> {
            CustomizedSystemMessages messages = new CustomizedSystemMessages();
            messages.setSessionExpiredNotificationEnabled(false);
            // null: reload the page the person is on
            messages.setSessionExpiredURL(null);
            return messages;
        });
    }
}
