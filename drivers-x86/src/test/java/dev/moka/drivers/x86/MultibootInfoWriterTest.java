package dev.moka.drivers.x86;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.moka.drivers.x86.simulated.MultibootInfoWriter;
import dev.moka.drivers.x86.simulated.PcMemoryLayout;
import dev.moka.kernel.api.boot.MemoryMap;
import dev.moka.kernel.api.magic.Magic;
import dev.moka.kernel.api.magic.MagicBinding;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the writer leaves is read back by the arch pack's own Multiboot reader. */
class MultibootInfoWriterTest {
    private static final long MIB = 1L << 20;

    @AfterEach
    void unbind() {
        Magic.bind(MagicBinding.UNBOUND);
    }

    @Test
    void theArchPackReadsBackTheQemuMap() {
        long ram = 128 * MIB;
        FakeMachine machine = new FakeMachine();
        long address = MultibootInfoWriter.write(machine, ram, "init=/bin/sh");
        Magic.bind(machine);
        MultibootInfo info = new MultibootInfo(address);
        assertEquals(0x9000, address);
        assertEquals(640, info.memLowerKiB());
        assertEquals(128 * 1024 - 1024, info.memUpperKiB());
        assertEquals("init=/bin/sh", info.commandLine());

        MemoryMap map = info.memoryMap(MIB, 4 * MIB);
        List<PcMemoryLayout.Region> read = new ArrayList<>();
        for (int i = 0; i < map.regionCount(); i++) {
            read.add(new PcMemoryLayout.Region(map.regionBase(i), map.regionLength(i), map.regionType(i)));
        }
        assertEquals(PcMemoryLayout.regions(ram), read);
        assertEquals(List.of(
                        new PcMemoryLayout.Region(0, 0x9FC00, 1),
                        new PcMemoryLayout.Region(0x9FC00, 0x400, 2),
                        new PcMemoryLayout.Region(0xF0000, 0x10000, 2),
                        new PcMemoryLayout.Region(0x100000, ram - 0x120000, 1),
                        new PcMemoryLayout.Region(ram - 0x20000, 0x20000, 2),
                        new PcMemoryLayout.Region(0xFFFC0000L, 0x40000, 2),
                        new PcMemoryLayout.Region(0xFD00000000L, 0x300000000L, 2)), read);
    }

    @Test
    void availableBytesFollowTheRamSize() {
        assertEquals(0x9FC00 + 128 * MIB - 0x120000, PcMemoryLayout.availableBytes(128 * MIB));
        assertEquals(0x9FC00 + 256 * MIB - 0x120000, PcMemoryLayout.availableBytes(256 * MIB));
    }

    @Test
    void fromThreeAndAHalfGibRamIsSplitAroundThePciHole() {
        long gib = 1L << 30;
        assertEquals(List.of(
                        new PcMemoryLayout.Region(0, 0x9FC00, 1),
                        new PcMemoryLayout.Region(0x9FC00, 0x400, 2),
                        new PcMemoryLayout.Region(0xF0000, 0x10000, 2),
                        new PcMemoryLayout.Region(0x100000, 3 * gib - 0x120000, 1),
                        new PcMemoryLayout.Region(3 * gib - 0x20000, 0x20000, 2),
                        new PcMemoryLayout.Region(0xFFFC0000L, 0x40000, 2),
                        new PcMemoryLayout.Region(4 * gib, gib / 2, 1),
                        new PcMemoryLayout.Region(0xFD00000000L, 0x300000000L, 2)),
                PcMemoryLayout.regions(3 * gib + gib / 2));
        assertEquals(3583 * MIB - 0x20000, PcMemoryLayout.regions(3583 * MIB).get(4).base(), "3583 MiB stays whole");
        assertEquals(3 * 1024 * 1024 - 1024, PcMemoryLayout.memUpperKiB(4 * gib));
    }

    @Test
    void refusesACommandLineThatDoesNotFit() {
        FakeMachine machine = new FakeMachine();
        assertThrows(IllegalArgumentException.class,
                () -> MultibootInfoWriter.write(machine, 16 * MIB, "x".repeat(MultibootInfoWriter.MAX_COMMAND_LINE + 1)));
    }
}
