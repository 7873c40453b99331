/** Part of the {@code shared} module (see its package documentation); null only where marked. */
@NullMarked
package dev.podium.shared.process;

import org.jspecify.annotations.NullMarked;
