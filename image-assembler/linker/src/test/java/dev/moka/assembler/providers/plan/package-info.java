/**
 * A heap plan that lives outside Moka's own modules, registered only through
 * {@code META-INF/services}: it shows that a plan is found by name and compiled into an image like
 * the built-in ones.
 */
@AllowsMagic
package dev.moka.assembler.providers.plan;

import dev.moka.kernel.api.magic.AllowsMagic;
