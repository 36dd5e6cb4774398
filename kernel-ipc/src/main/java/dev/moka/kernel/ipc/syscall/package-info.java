/**
 * The system-call layer for file-like calls: {@link dev.moka.kernel.ipc.syscall.FileSyscalls}
 * decodes a call's number and raw register arguments, checks them, and acts through the calling
 * process's {@link dev.moka.kernel.ipc.syscall.FileContext} (its descriptor table, its
 * {@link dev.moka.kernel.ipc.syscall.UserMemory}, its working directory) and the scheme registry.
 *
 * <p>The arch layer's {@code syscall} entry hands the six argument registers over as they are; this
 * layer trusts none of them. Every pointer is checked against the process's memory before a scheme
 * is asked for anything, so a scheme never consumes data (a pipe's bytes) that cannot then be
 * delivered. Results are {@code >= 0} or {@code -errno}, never an exception.
 */
package dev.moka.kernel.ipc.syscall;
