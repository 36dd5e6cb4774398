/**
 * The hosted binding: the kernel's bytecode run on the JVM against a simulated PC instead of
 * compiled for a real one.
 *
 * <p>{@link dev.moka.assembler.hosted.SimulatedMachine} implements the magic layer with sparse paged
 * RAM, a COM1 UART, QEMU's debug-exit device and the devices of QEMU's {@code pc} machine that the
 * drivers reach through their ports (the PCI bus, the CMOS clock, the PS/2 controller with its
 * keyboard), each a {@link dev.moka.assembler.hosted.PortDevice} of its own, whose interrupts reach
 * the kernel at the timer's ticks; the image's arch pack leaves in it the same boot
 * information QEMU's Multiboot loader would; {@link
 * dev.moka.assembler.hosted.HostedRunner} wires both to the very entry the native image uses.
 *
 * <p>User programs run hosted as Java classes: {@link dev.moka.assembler.hosted.HostedUserMode} is the
 * machine's ring 3 for them. The kernel loads and starts a {@link dev.moka.assembler.hosted.HostedExecutable}
 * as it would any executable; the program runs on a {@link dev.moka.assembler.hosted.UserThread} of
 * its own, its classes defined for its process alone ({@link dev.moka.assembler.hosted.ProgramClassLoader}),
 * its memory accesses checked by the simulated MMU as ring 3's, and its system calls, faults and timer
 * interrupts served by the kernel's own handler on the process's kernel thread
 * ({@link dev.moka.assembler.hosted.UserRun}). Design choice: the program and the kernel never run at
 * the same time, and kernel code never runs on a program's stack.
 *
 * <p>Invariant: a simulated machine never tolerates from the kernel what real hardware would not
 * notice silently — an access outside its memory or to an unknown port fails at once with the address
 * in the message. A driver's access to a port it was granted where no device answers reads all ones,
 * as on a PC: that is the driver's business, not a bug of the kernel's.
 */
package dev.moka.assembler.hosted;
