package dev.podium.security;

import dev.podium.shared.SignedInUser;
import com.vaadin.flow.component.Component;

/**
 * A part of the person's own account page contributed by another module (for example the e-mail digest choice of
 * {@code notification}), so that security needs to know nothing of it.
 */
public interface AccountSection {

    /** Lower comes first. */
    int order();

    /** Builds the section for the current UI; called on the UI thread with the person signed in. */
    Component render(SignedInUser user);
}
