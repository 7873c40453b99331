/** Part of the {@code shared} module (see its package documentation); null only where marked. */
@NullMarked
package dev.podium.shared.ui;

import org.jspecify.annotations.NullMarked;
