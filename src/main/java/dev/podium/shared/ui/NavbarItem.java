package dev.podium.shared.ui;

import com.vaadin.flow.component.Component;
import dev.podium.shared.SignedInUser;

/**
 * A module's contribution to the top bar, left of the user menu (for example the notification bell). Beans in a
 * module's {@code ui} package; shown in order.
 */
public interface NavbarItem {

    /** Lower comes first. */
    int order();

    /** Builds the item for the current UI; called on the UI thread with the person signed in. */
    Component render(SignedInUser user);
}
