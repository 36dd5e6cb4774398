/**
 * The x86_64 boot stub: build-time code that emits, through the Moka encoder, the first bytes of a
 * Multiboot kernel image.
 *
 * <p>Flow: Multiboot v1 header (flag bit 16, so QEMU {@code -kernel} loads the ELF64 file by the
 * header's address fields) and a Multiboot2 header; 32-bit entry builds identity-mapped page
 * tables for 4 GiB with 2 MiB pages, enables PAE, SSE, long mode and paging, loads a 64-bit GDT and
 * far-jumps to 64-bit code; that code loads segments and the boot stack, installs the handlers of
 * the 32 CPU exceptions, enables {@code syscall} and calls the kernel entry. The stub also holds the
 * interrupt entry, the context switch, the paging routines and the ways into and out of ring 3
 * ({@link dev.moka.drivers.x86.boot.UserModeEntry}).
 *
 * <p>Invariants: the stub is position-independent bytes plus relocations, and all its absolute
 * addresses (page tables, stack, GDT, entry points) come from relocations the linker resolves;
 * it never calls an external assembler. A panic prints one line on COM1 and writes
 * {@link dev.moka.drivers.x86.boot.X86BootStub#EXIT_FAILURE_VALUE} to QEMU's debug-exit port.
 * This package runs on the JVM only; nothing in it is compiled into the kernel.
 */
package dev.moka.drivers.x86.boot;
