package dev.moka.kernel.api.syscall;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ErrnoTest {
    @Test
    void numbersAreLinuxs() {
        int[][] expected = {
            {Errno.EPERM, 1}, {Errno.ENOENT, 2}, {Errno.ESRCH, 3}, {Errno.EINTR, 4}, {Errno.EIO, 5},
            {Errno.EBADF, 9}, {Errno.ECHILD, 10}, {Errno.EAGAIN, 11}, {Errno.ENOMEM, 12}, {Errno.EACCES, 13},
            {Errno.EFAULT, 14}, {Errno.EBUSY, 16}, {Errno.EEXIST, 17}, {Errno.ENODEV, 19}, {Errno.ENOTDIR, 20},
            {Errno.EISDIR, 21}, {Errno.EINVAL, 22}, {Errno.EMFILE, 24}, {Errno.ENOSPC, 28}, {Errno.ESPIPE, 29},
            {Errno.EPIPE, 32}, {Errno.ERANGE, 34}, {Errno.ENAMETOOLONG, 36}, {Errno.ENOSYS, 38},
        };
        for (int[] pair : expected) {
            assertEquals(pair[1], pair[0]);
            assertFalse(Errno.name(pair[0]).startsWith("E" + pair[0]), "named: " + pair[0]);
        }
    }

    @Test
    void theErrorRangeIsMinus4095ToMinus1() {
        assertTrue(Errno.isError(-1));
        assertTrue(Errno.isError(-Errno.EBADF));
        assertTrue(Errno.isError(-4095));
        assertFalse(Errno.isError(-4096));
        assertFalse(Errno.isError(0));
        assertFalse(Errno.isError(Long.MIN_VALUE));
        assertFalse(Errno.isError(0xFFFF_8000_0000_0000L), "a high address is a result, not an error");
    }

    @Test
    void describesResults() {
        assertEquals("-EBADF", Errno.describe(-9));
        assertEquals("12", Errno.describe(12));
        assertEquals("-E200", Errno.describe(-200));
    }
}
