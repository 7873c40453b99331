/** Part of the {@code course} module (see its package documentation); null only where marked. */
@NullMarked
package dev.podium.course.ui;

import org.jspecify.annotations.NullMarked;
