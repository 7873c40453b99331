/** Part of the {@code accesslog} module (see its package documentation); null only where marked. */
@NullMarked
package dev.podium.accesslog.ui;

import org.jspecify.annotations.NullMarked;
