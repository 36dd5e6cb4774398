package dev.moka.kernel.api.syscall;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SyscallNumbersTest {
    /** Each composite against the hexadecimal value Redox's tables give for it. */
    @Test
    void compositesMatchRedoxValues() {
        assertEquals(0x1010_0005, SyscallNumbers.OPEN);
        assertEquals(0x2000_0006, SyscallNumbers.CLOSE);
        assertEquals(0x2200_0003, SyscallNumbers.READ);
        assertEquals(0x2100_0004, SyscallNumbers.WRITE);
        assertEquals(0x2000_0013, SyscallNumbers.LSEEK);
        assertEquals(0x2010_0029, SyscallNumbers.DUP);
        assertEquals(0x2010_003F, SyscallNumbers.DUP2);
        assertEquals(0x2200_001C, SyscallNumbers.FSTAT);
        assertEquals(0x2000_0076, SyscallNumbers.FSYNC);
        assertEquals(0x2000_0037, SyscallNumbers.FCNTL);
        assertEquals(0x2200_03A0, SyscallNumbers.FPATH);
        assertEquals(0x2100_0384, SyscallNumbers.FMAP);
        assertEquals(0x2000_005C, SyscallNumbers.FUNMAP);
        assertEquals(0x2000_039F, SyscallNumbers.FEVENT);
        assertEquals(0x2000_005D, SyscallNumbers.FTRUNCATE);
        assertEquals(0x2300_0026, SyscallNumbers.FRENAME);
        assertEquals(0x1000_000A, SyscallNumbers.UNLINK);
        assertEquals(0x1000_0054, SyscallNumbers.RMDIR);
    }

    @Test
    void plainNumbersMatchRedoxValues() {
        assertEquals(1, SyscallNumbers.EXIT);
        assertEquals(7, SyscallNumbers.WAITPID);
        assertEquals(37, SyscallNumbers.KILL);
        assertEquals(20, SyscallNumbers.GETPID);
        assertEquals(64, SyscallNumbers.GETPPID);
        assertEquals(158, SyscallNumbers.YIELD);
        assertEquals(162, SyscallNumbers.NANOSLEEP);
        assertEquals(265, SyscallNumbers.CLOCK_GETTIME);
        assertEquals(240, SyscallNumbers.FUTEX);
        assertEquals(125, SyscallNumbers.MPROTECT);
        assertEquals(199, SyscallNumbers.GETUID);
        assertEquals(200, SyscallNumbers.GETGID);
        assertEquals(67, SyscallNumbers.SIGACTION);
        assertEquals(119, SyscallNumbers.SIGRETURN);
        assertEquals(12, SyscallNumbers.CHDIR);
        assertEquals(331, SyscallNumbers.PIPE2);
    }

    @Test
    void theEncodingConstantsAreRedoxs() {
        assertEquals(0x1000_0000, SyscallNumbers.CLASS_PATH);
        assertEquals(0x2000_0000, SyscallNumbers.CLASS_FILE);
        assertEquals(0x0100_0000, SyscallNumbers.ARG_SLICE);
        assertEquals(0x0200_0000, SyscallNumbers.ARG_MSLICE);
        assertEquals(0x0300_0000, SyscallNumbers.ARG_PATH);
        assertEquals(0x0010_0000, SyscallNumbers.RET_FILE);
    }

    @Test
    void mokasOwnCallsLieInTheirOwnRangeAndDecodeLikeRedoxCalls() {
        int[] own = {SyscallNumbers.MKDIR, SyscallNumbers.GETDENTS, SyscallNumbers.GETCWD, SyscallNumbers.SPAWN,
            SyscallNumbers.MMAP, SyscallNumbers.MUNMAP, SyscallNumbers.IOPERM};
        for (int number : own) {
            assertTrue(SyscallNumbers.isMokaCall(number), SyscallNumbers.name(number));
        }
        assertEquals(0x0008_0007, SyscallNumbers.IOPERM);
        assertTrue(SyscallNumbers.isPathCall(SyscallNumbers.MKDIR));
        assertTrue(SyscallNumbers.isFileCall(SyscallNumbers.GETDENTS));
        assertEquals(SyscallNumbers.ARG_MSLICE, SyscallNumbers.GETDENTS & SyscallNumbers.ARG_MASK);
        assertEquals(SyscallNumbers.ARG_MSLICE, SyscallNumbers.GETCWD & SyscallNumbers.ARG_MASK);
        assertFalse(SyscallNumbers.isMokaCall(SyscallNumbers.READ));
        assertFalse(SyscallNumbers.isMokaCall(SyscallNumbers.PIPE2));
    }

    @Test
    void classifiesNumbers() {
        assertTrue(SyscallNumbers.isFileCall(SyscallNumbers.READ));
        assertFalse(SyscallNumbers.isFileCall(SyscallNumbers.OPEN));
        assertTrue(SyscallNumbers.isPathCall(SyscallNumbers.OPEN));
        assertTrue(SyscallNumbers.returnsFile(SyscallNumbers.DUP));
        assertFalse(SyscallNumbers.returnsFile(SyscallNumbers.WRITE));
        assertFalse(SyscallNumbers.isFileCall(SyscallNumbers.READ | (1L << 32)));
        assertFalse(SyscallNumbers.isFileCall(-1));
    }

    /** Every public number has a name and no two calls share a number. */
    @Test
    void everyCallHasOneNumberAndAName() throws IllegalAccessException {
        Map<Integer, String> seen = new HashMap<>();
        int calls = 0;
        for (Field field : SyscallNumbers.class.getFields()) {
            String name = field.getName();
            if (!Modifier.isStatic(field.getModifiers()) || name.startsWith("CLASS_") || name.startsWith("ARG_")
                    || name.startsWith("RET_") || name.startsWith("ORDINAL_") || name.startsWith("MOKA_")
                    || name.equals("SPAWN_FOREGROUND")) { // a flag of spawn, not a call
                continue;
            }
            int number = field.getInt(null);
            assertEquals(name.toLowerCase(Locale.ROOT), SyscallNumbers.name(number));
            String before = seen.put(number, name);
            assertNull(before, () -> name + " shares its number with " + before);
            calls++;
        }
        assertEquals(41, calls);
        assertNull(SyscallNumbers.name(0x7777));
        assertNull(SyscallNumbers.name(-5));
    }
}
