package dev.podium.shared.ui;

import com.vaadin.flow.component.Component;
import dev.podium.shared.SignedInUser;

/**
 * A module's contribution to the home page: what this person should know or do next. Implementations are
 * Spring beans in the module's {@code ui} package; the home page shows those that apply, in order.
 */
public interface HomeCard {

    /** Lower comes first. */
    int order();

    boolean appliesTo(SignedInUser user);

    /** Builds the card for the current UI; called on the UI thread with the person signed in. */
    Component render(SignedInUser user);
}
