/**
 * File descriptors: a process's {@link dev.moka.kernel.ipc.fd.FileTable} of small numbers naming
 * shared {@link dev.moka.kernel.ipc.fd.OpenFile} descriptions (scheme handle, position, status
 * flags), with POSIX's rules for the lowest free number, {@code dup}, {@code dup2}, close-on-exec
 * and the per-process limit.
 *
 * <p>Invariants: an open file's reference count equals the number of descriptor slots, in all
 * tables, that name it; its scheme handle is closed exactly once, when that count reaches zero.
 * Errors are results ({@code -EBADF}, {@code -EMFILE}), never exceptions.
 */
package dev.moka.kernel.ipc.fd;
