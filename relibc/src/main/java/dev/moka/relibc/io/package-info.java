/**
 * Hardware access for driver processes: I/O ports ({@link dev.moka.relibc.io.Ports}) once the kernel
 * has granted them, and {@code event:} queues ({@link dev.moka.relibc.io.EventQueue}) to wait on a
 * scheme socket and an {@code irq:} descriptor at once. The port instructions are compiled inline,
 * so this package may use the kernel API's magic layer.
 */
@AllowsMagic
package dev.moka.relibc.io;

import dev.moka.kernel.api.magic.AllowsMagic;
