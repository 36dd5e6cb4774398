/**
 * POSIX-shaped functions for Moka user programs, one class per C header: {@link dev.moka.relibc.Unistd},
 * {@link dev.moka.relibc.Fcntl}, {@link dev.moka.relibc.Wait}, {@link dev.moka.relibc.Spawn},
 * {@link dev.moka.relibc.Time}, {@link dev.moka.relibc.Stdlib}, with {@link dev.moka.relibc.Errno}.
 */
package dev.moka.relibc;
