/** Part of the {@code learning} module (see its package documentation); null only where marked. */
@NullMarked
package dev.podium.learning.ui;

import org.jspecify.annotations.NullMarked;
