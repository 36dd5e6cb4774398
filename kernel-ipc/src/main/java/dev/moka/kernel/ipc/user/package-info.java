/**
 * Schemes served by processes, Redox's user schemes: a daemon registers one with
 * {@code open(":name", O_CREAT)}, reads request records from the descriptor it gets and writes
 * response records to it ({@link dev.moka.kernel.api.syscall.SchemeProtocol}); the kernel turns every
 * call on {@code name:} into a request and blocks the caller until the answer with its tag arrives.
 */
package dev.moka.kernel.ipc.user;
