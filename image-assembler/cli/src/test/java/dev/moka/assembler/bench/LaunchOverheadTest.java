package dev.moka.assembler.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The executable the bench times to learn its own launch cost is valid and does nothing but exit. */
class LaunchOverheadTest {
    @Test
    void theExecutableThatOnlyExitsRunsAndItsStartIsTimed(@TempDir Path dir) throws Exception {
        byte[] elf = LaunchOverhead.exitAtOnce();
        assertEquals(129, elf.length);
        assertEquals(0x7f, elf[0]);
        long nanos = LaunchOverhead.measure(dir, 3);
        assertTrue(nanos > 0 && nanos < 5_000_000_000L, "launch took " + nanos + " ns");
    }
}
