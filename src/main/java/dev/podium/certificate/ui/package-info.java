/** Part of the {@code certificate} module (see its package documentation); null only where marked. */
@NullMarked
package dev.podium.certificate.ui;

import org.jspecify.annotations.NullMarked;
