/** Part of the {@code drafts} module (see its package documentation); null only where marked. */
@NullMarked
package dev.podium.drafts.ui;

import org.jspecify.annotations.NullMarked;
