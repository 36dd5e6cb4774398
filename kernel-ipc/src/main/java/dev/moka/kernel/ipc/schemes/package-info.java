/**
 * The schemes the kernel serves itself: {@code null:}, {@code zero:}, {@code rand:} (small daemons in
 * Redox, kept in the kernel here until user daemons exist), {@code pipe:}, {@code debug:},
 * {@code sys:}, {@code time:}, and a RAM file system ({@link dev.moka.kernel.ipc.schemes.RamScheme}).
 * Each takes what it needs from the rest of the kernel through a small interface, so each runs on
 * the JVM as it is: a {@link dev.moka.kernel.ipc.Blocker} to wait, a
 * {@link dev.moka.kernel.ipc.schemes.ConsoleSink} for the console, a
 * {@link dev.moka.kernel.ipc.schemes.ProcessDirectory} and a
 * {@link dev.moka.kernel.ipc.schemes.LogBuffer} for {@code sys:}, a
 * {@link dev.moka.kernel.ipc.schemes.Clock} for {@code time:}.
 */
package dev.moka.kernel.ipc.schemes;
