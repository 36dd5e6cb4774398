/**
 * Booting kernel images in QEMU: finding {@code qemu-system-x86_64}, the command line, streaming the
 * serial console, the time limit, and reading the kernel's verdict from QEMU's exit status.
 *
 * <p>The kernel reports its verdict through the {@code isa-debug-exit} device at port {@code 0xf4}:
 * {@code 0x10} for success, {@code 0x11} for failure, which QEMU turns into exit status 33 or 35
 * ({@code (v << 1) | 1}). A run is a success only with status 33; a clean QEMU exit with status 0 means
 * the kernel never reported anything (for example a triple fault under {@code -no-reboot}).
 */
package dev.moka.assembler.qemu;
