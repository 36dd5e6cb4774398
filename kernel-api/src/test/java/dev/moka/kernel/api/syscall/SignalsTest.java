package dev.moka.kernel.api.syscall;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SignalsTest {
    @Test
    void killEndsWithInterruptKillAndTerminateAndChecksWithZero() {
        assertEquals(2, Signals.SIGINT);
        assertEquals(9, Signals.SIGKILL);
        assertEquals(15, Signals.SIGTERM);
        for (int signal : new int[] {Signals.SIGINT, Signals.SIGKILL, Signals.SIGTERM}) {
            assertTrue(Signals.ends(signal));
            assertTrue(Signals.accepted(signal));
        }
        assertTrue(Signals.accepted(0));
        assertFalse(Signals.ends(0));
        for (long refused : new long[] {-1, 1, 10, 64, 99, 1L << 32 | 9, Long.MIN_VALUE}) {
            assertFalse(Signals.accepted(refused), Long.toString(refused));
        }
    }
}
