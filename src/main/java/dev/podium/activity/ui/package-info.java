/** Part of the {@code activity} module (see its package documentation); null only where marked. */
@NullMarked
package dev.podium.activity.ui;

import org.jspecify.annotations.NullMarked;
