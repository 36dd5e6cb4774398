package dev.moka.kernel.core.process;

/**
 * The signal a process was killed with and has not ended by yet, 0 while none: written by
 * {@code kill}, read by the process's own system-call and interrupt paths on every return to ring
 * 3, which is why it is one field they hold directly.
 */
final class PendingSignal {
    /** The signal, or 0. */
    volatile int signal;
}
