package dev.podium.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import dev.podium.security.AccountService;
import dev.podium.shared.CurrentUser;
import dev.podium.security.Preferences;
import dev.podium.shared.Languages;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Applies a signed-in person's saved language and colour scheme to every new browser tab, so the choice follows
 * them from device to device; and keeps someone whose password was handed out by HR on their account page until
 * they have chosen their own (changing it ends the session, so one check per tab is enough).
 */
@Component
class UserPreferencesApplier implements VaadinServiceInitListener {

    private static final String ACCOUNT_ROUTE = "account";

    private final CurrentUser currentUser;
    private final AccountService accounts;

    UserPreferencesApplier(CurrentUser currentUser, AccountService accounts) {
        this.currentUser = currentUser;
        this.accounts = accounts;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(uiEvent -> apply(uiEvent.getUI()));
    }

    private void apply(UI ui) {
        if (currentUser.get().isEmpty()) {
            Locale locale = Languages.closest(ui.getLocale());
            ui.setLocale(locale);
            declareLanguage(ui, locale);
            return;
        }
        if (accounts.ownPasswordChangeRequired()) {
            // a password HR handed out is known to someone else: nothing else opens until the person replaces it
            // asked again at each navigation: once the person has chosen their password, everything opens at once
            ui.addBeforeEnterListener(event -> {
                if (!ACCOUNT_ROUTE.equals(event.getLocation().getFirstSegment())
                        && currentUser.get().isPresent() && accounts.ownPasswordChangeRequired()) {
                    event.rerouteTo(ACCOUNT_ROUTE);
                }
            });
        }
        Preferences preferences = accounts.ownPreferences();
        Locale locale = Languages.closest(preferences.locale());
        VaadinSession session = ui.getSession();
        if (session != null && !locale.equals(session.getLocale())) {
            session.setLocale(locale);
        }
        ui.setLocale(locale);
        declareLanguage(ui, locale);
        ui.getPage().setColorScheme(toPage(preferences.colorScheme()));
    }

    /**
     * Vaadin writes {@code <html lang>} from the browser's languages; screen readers, hyphenation and the
     * browser's offer to translate need the language the page is actually in.
     */
    private static void declareLanguage(UI ui, Locale locale) {
        ui.getPage().executeJs("document.documentElement.lang = $0", locale.getLanguage());
    }

    static ColorScheme.Value toPage(dev.podium.security.ColorScheme scheme) {
        return scheme == dev.podium.security.ColorScheme.DARK ? ColorScheme.Value.DARK : ColorScheme.Value.LIGHT;
    }

}
