/** Part of the {@code notification} module (see its package documentation); null only where marked. */
@NullMarked
package dev.podium.notification.ui;

import org.jspecify.annotations.NullMarked;
