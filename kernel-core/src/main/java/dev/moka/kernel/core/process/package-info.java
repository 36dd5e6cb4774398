/**
 * User processes: executables checked before they are loaded, the initfs the image holds, and the
 * process table.
 */
@AllowsMagic
package dev.moka.kernel.core.process;

import dev.moka.kernel.api.magic.AllowsMagic;
