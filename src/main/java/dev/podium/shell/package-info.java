/**
 * The application shell: the role-aware main layout with navigation, language and colour-scheme switches, and
 * the home page, which each module fills with {@link dev.podium.shared.ui.HomeCard}s telling the person what to do
 * next (and the top bar with their {@link dev.podium.shared.ui.NavbarItem}s). Uses {@code security} for the person's
 * preferences; knows no feature module, and no module depends on it.
 */
@ApplicationModule(allowedDependencies = {"security", "shared"})
@NullMarked
package dev.podium.shell;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
