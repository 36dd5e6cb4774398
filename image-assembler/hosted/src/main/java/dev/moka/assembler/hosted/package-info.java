/**
 * The hosted binding: the kernel's bytecode run on the JVM against a simulated PC instead of
 * compiled for a real one.
 *
 * <p>{@link dev.moka.assembler.hosted.SimulatedMachine} implements the magic layer with sparse paged
 * RAM, a COM1 UART and QEMU's debug-exit device; the image's arch pack leaves in it the same boot
 * information QEMU's Multiboot loader would; {@link
 * dev.moka.assembler.hosted.HostedRunner} wires both to the very entry the native image uses.
 *
 * <p>Invariant: a simulated machine never tolerates what real hardware would not notice silently —
 * an access outside RAM or to an unknown port fails at once with the address in the message.
 */
package dev.moka.assembler.hosted;
