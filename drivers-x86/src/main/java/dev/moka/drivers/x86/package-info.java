/**
 * The x86_64 arch pack: the COM1 console, the Multiboot v1 boot information, the QEMU exit device,
 * the page-table format and physical-memory window the generic paging code works through
 * ({@link dev.moka.drivers.x86.X86PageTableFormat}, {@link dev.moka.drivers.x86.X86PhysicalMemory}),
 * the range kernel-thread stacks are mapped in ({@link dev.moka.drivers.x86.X86StackRange}) and the
 * report of a stack overflow, and {@link dev.moka.drivers.x86.X86Boot#start}, the one entry that both the native image and the
 * hosted runner call.
 *
 * <p>This package touches hardware, so it is allowed magic. It is kernel code compiled by Moka's own
 * compiler: no exceptions, no {@code java.util}, no lambdas, enums or records. Everything here runs
 * on the JVM too, against any {@link dev.moka.kernel.api.magic.MagicBinding}.
 */
@AllowsMagic
package dev.moka.drivers.x86;

import dev.moka.kernel.api.magic.AllowsMagic;
