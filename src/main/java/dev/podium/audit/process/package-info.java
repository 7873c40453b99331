/** Part of the {@code audit} module (see its package documentation); null only where marked. */
@NullMarked
package dev.podium.audit.process;

import org.jspecify.annotations.NullMarked;
