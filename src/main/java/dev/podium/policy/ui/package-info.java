/** Part of the {@code policy} module (see its package documentation); null only where marked. */
@NullMarked
package dev.podium.policy.ui;

import org.jspecify.annotations.NullMarked;
