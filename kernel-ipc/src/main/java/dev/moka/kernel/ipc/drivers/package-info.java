/**
 * What the kernel gives driver processes, and how any process waits on several descriptors at once.
 *
 * <ul>
 *   <li>{@link dev.moka.kernel.ipc.drivers.DriverPolicy}: which processes are drivers. Only those
 *       open {@code irq:}, {@code memory:} and {@code consolein:}; the kernel's process layer also asks it before it
 *       grants I/O ports.</li>
 *   <li>{@link dev.moka.kernel.ipc.drivers.IrqScheme}: {@code irq:N}, Redox's counter protocol: a
 *       read gives how often the line fired, a write of that count acknowledges and unmasks it.</li>
 *   <li>{@link dev.moka.kernel.ipc.drivers.EventScheme}: {@code event:}, Redox's subscription
 *       records, level-triggered, over each scheme's {@code readiness}.</li>
 *   <li>{@link dev.moka.kernel.ipc.drivers.ReadinessBlocker}: wakes {@code event:} readers whenever
 *       any wait channel is woken, since every change of readiness wakes one.</li>
 *   <li>{@link dev.moka.kernel.ipc.drivers.MemoryScheme}: {@code memory:physical}, device memory
 *       through the kernel, never RAM.</li>
 *   <li>{@link dev.moka.kernel.ipc.drivers.ConsoleInputScheme}: {@code consolein:}, where a keyboard
 *       driver types into the console.</li>
 * </ul>
 */
package dev.moka.kernel.ipc.drivers;
