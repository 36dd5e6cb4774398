/**
 * Schemes, Redox's one abstraction for resources: a {@link dev.moka.kernel.ipc.Scheme} serves every
 * {@code name:path} under its name and answers open, read, write, seek, stat, path, dup, listing and
 * close on the handles it hands out; the {@link dev.moka.kernel.ipc.SchemeRegistry} finds a scheme by
 * name; {@link dev.moka.kernel.ipc.SchemePath} resolves a name against a working directory.
 *
 * <p>Design choices:
 * <ul>
 *   <li>The kernel keeps file positions and passes them to the scheme, as Redox's current protocol
 *       does, so descriptors that share an open file share its position without the scheme knowing,
 *       and a scheme's handles are plain numbers ({@link dev.moka.kernel.ipc.Handles}).</li>
 *   <li>Waiting is not the scheme's business: a scheme that must wait asks the
 *       {@link dev.moka.kernel.ipc.Blocker} the kernel's thread layer supplies, xv6's sleep and
 *       wakeup on a {@link dev.moka.kernel.ipc.WaitChannel}.</li>
 *   <li>Every call returns a value or {@code -errno}; nothing here throws on bad input.</li>
 * </ul>
 */
package dev.moka.kernel.ipc;
