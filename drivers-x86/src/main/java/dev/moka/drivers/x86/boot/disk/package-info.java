/**
 * The BIOS disk boot path: a boot sector and a loader, emitted through the Moka encoder as 16-bit
 * and 32-bit code, that bring a Multiboot kernel from a raw disk into memory and enter it exactly
 * as a Multiboot loader ({@code qemu -kernel}, GRUB) would. No outside boot loader or tool is used.
 *
 * <p>Flow: the BIOS loads the boot sector ({@link dev.moka.drivers.x86.boot.disk.BootSector}) at
 * 0x7C00; it reads the loader ({@link dev.moka.drivers.x86.boot.disk.DiskLoader}) from the sectors
 * after it with an int 13h extended read and jumps to it at 0x7E00. The loader enables the A20 line,
 * asks the BIOS for the E820 memory map and the size of low memory, copies the kernel from the disk
 * to its load address above 1 MiB through a low buffer (each chunk read in real mode, then copied in
 * 32-bit protected mode), zeroes the bss, builds a Multiboot v1 information structure and jumps to
 * the kernel's 32-bit entry with {@code EAX = 0x2BADB002} and {@code EBX} = the structure.
 *
 * <p>Invariants: everything the loader needs to know about the kernel (where its bytes are on the
 * disk, where they go, its bss and entry) is fixed at build time from the kernel's Multiboot header
 * ({@link dev.moka.drivers.x86.boot.disk.KernelLoadPlan}) and written into the loader's code; the
 * loader parses nothing at boot. Every failure prints one line on COM1 (and the screen) and writes
 * the kernel's failure value to QEMU's debug-exit port. This package runs on the JVM only.
 */
package dev.moka.drivers.x86.boot.disk;
