/** Part of the {@code audit} module (see its package documentation); null only where marked. */
@NullMarked
package dev.podium.audit.ui;

import org.jspecify.annotations.NullMarked;
