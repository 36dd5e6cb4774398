package dev.moka.assembler.qemu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class MemorySizeTest {
    @Test
    void readsSizesWithAUnit() {
        assertEquals(128L << 20, MemorySize.parse("128M").bytes());
        assertEquals(1L << 30, MemorySize.parse("1g").bytes());
        assertEquals(16L << 20, MemorySize.parse("16384K").bytes());
    }

    @Test
    void writesQemusForm() {
        assertEquals("1024M", MemorySize.parse("1G").toQemuArgument());
    }

    @Test
    void rejectsWhatIsNotAWholeSizeAboveTheMinimum() {
        for (String bad : new String[] {"", "128", "M", "12X", "-5M", "1.5G", "8M", "1000K", "99999999999G"}) {
            assertThrows(IllegalArgumentException.class, () -> MemorySize.parse(bad), bad);
        }
    }
}
