/** Part of the {@code rollout} module (see its package documentation); null only where marked. */
@NullMarked
package dev.podium.rollout.ui;

import org.jspecify.annotations.NullMarked;
