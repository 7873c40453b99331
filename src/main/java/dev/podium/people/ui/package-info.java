/** Part of the {@code people} module (see its package documentation); null only where marked. */
@NullMarked
package dev.podium.people.ui;

import org.jspecify.annotations.NullMarked;
