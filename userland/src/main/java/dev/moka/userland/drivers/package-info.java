/**
 * Drivers: ordinary user programs that init starts with the driver mark ({@code spawn driver ...} in
 * {@code init.rc}), which lets them ask the kernel for I/O ports ({@code ioperm}) and open
 * {@code irq:}. {@code pcid} serves PCI configuration space as {@code pci:}, {@code rtcd} sets the
 * realtime clock from the CMOS clock, and {@code ps2d} serves the PS/2 keyboard as {@code input:}
 * and types into the console. Each is restartable: it takes its state from the hardware at start.
 */
package dev.moka.userland.drivers;
