/** Part of the {@code security} module (see its package documentation); null only where marked. */
@NullMarked
package dev.podium.security.ui;

import org.jspecify.annotations.NullMarked;
