/** Part of the {@code coaching} module (see its package documentation); null only where marked. */
@NullMarked
package dev.podium.coaching.ui;

import org.jspecify.annotations.NullMarked;
