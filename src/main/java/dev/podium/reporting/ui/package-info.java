/** Part of the {@code reporting} module (see its package documentation); null only where marked. */
@NullMarked
package dev.podium.reporting.ui;

import org.jspecify.annotations.NullMarked;
