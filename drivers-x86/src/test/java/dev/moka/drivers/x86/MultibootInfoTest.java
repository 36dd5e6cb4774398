package dev.moka.drivers.x86;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moka.kernel.api.boot.MemoryMap;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MultibootInfoTest extends MagicTestBase {
    private static final long INFO = 0x9000;
    private static final long MMAP = 0x9100;
    private static final long CMDLINE = 0x9400;
    private static final long MIB = 1L << 20;

    record Entry(long base, long length, int type) {
    }

    /** Lays out a structure the way the Multiboot v1 specification describes it. */
    private void writeInfo(int flags, long memLower, long memUpper, String commandLine, List<Entry> entries,
                           int entrySize) {
        long at = MMAP;
        for (Entry entry : entries) {
            machine.store32(at, entrySize);
            machine.store64(at + 4, entry.base());
            machine.store64(at + 12, entry.length());
            machine.store32(at + 20, entry.type());
            at += entrySize + 4;
        }
        for (int i = 0; i < commandLine.length(); i++) {
            machine.store8(CMDLINE + i, commandLine.charAt(i));
        }
        machine.store32(INFO, flags);
        machine.store32(INFO + 4, (int) memLower);
        machine.store32(INFO + 8, (int) memUpper);
        machine.store32(INFO + 16, (int) CMDLINE);
        machine.store32(INFO + 44, (int) (at - MMAP));
        machine.store32(INFO + 48, (int) MMAP);
    }

    private static List<Entry> pcEntries(long ram) {
        return List.of(new Entry(0, 0x9FC00, 1), new Entry(0x9FC00, 0x400, 2), new Entry(0xF0000, 0x10000, 2),
                new Entry(MIB, ram - 0x20000 - MIB, 1), new Entry(ram - 0x20000, 0x20000, 2),
                new Entry(0xFFFC0000L, 0x40000, 2));
    }

    private static List<Entry> regions(MemoryMap map) {
        List<Entry> regions = new ArrayList<>();
        for (int i = 0; i < map.regionCount(); i++) {
            regions.add(new Entry(map.regionBase(i), map.regionLength(i), map.regionType(i)));
        }
        return regions;
    }

    private static List<Entry> reserved(MemoryMap map) {
        List<Entry> ranges = new ArrayList<>();
        for (int i = 0; i < map.reservedCount(); i++) {
            ranges.add(new Entry(map.reservedBase(i), map.reservedLength(i), 0));
        }
        return ranges;
    }

    @Test
    void readsFlagsSizesAndCommandLine() {
        writeInfo(0b100_0101, 639, 130048, "console=ttyS0 quiet", pcEntries(128 * MIB), 20);
        MultibootInfo info = new MultibootInfo(INFO);
        assertEquals(0x45, info.flags());
        assertEquals(639, info.memLowerKiB());
        assertEquals(130048, info.memUpperKiB());
        assertEquals("console=ttyS0 quiet", info.commandLine());
        assertEquals(MMAP, info.memoryMapAddress());
        assertEquals(6 * 24, info.memoryMapLength());
    }

    @Test
    void buildsTheMapFromTheMmapEntriesAndReservesTheBootData() {
        long ram = 128 * MIB;
        writeInfo(0b100_0101, 639, 130048, "x=1", pcEntries(ram), 20);
        MemoryMap map = new MultibootInfo(INFO).memoryMap(MIB, 4 * MIB);
        assertEquals(pcEntries(ram), regions(map));
        assertEquals(List.of(new Entry(0, MIB, 0), new Entry(MIB, 3 * MIB, 0),
                new Entry(INFO, MultibootInfo.STRUCTURE_SIZE, 0), new Entry(MMAP, 6 * 24, 0),
                new Entry(CMDLINE, MultibootInfo.MAX_COMMAND_LINE, 0)), reserved(map));
        assertEquals(0x9FC00 + ram - 0x20000 - MIB, map.usableBytes());
        assertFalse(map.isUsable(2 * MIB));
        assertTrue(map.isUsable(4 * MIB));
    }

    @Test
    void theMapCostsTheSameWhateverTheCommandLineHolds() {
        // QEMU passes the image file's path as the command line: where the file is must not change
        // what booting reads or reserves.
        writeInfo(0b100_0101, 639, 130048, "k", pcEntries(128 * MIB), 20);
        int before = machine.loads;
        List<Entry> shortLine = reserved(new MultibootInfo(INFO).memoryMap(MIB, 4 * MIB));
        int shortLoads = machine.loads - before;

        writeInfo(0b100_0101, 639, 130048, "/a/much/longer/path/to/the/kernel.elf console=ttyS0", pcEntries(128 * MIB), 20);
        before = machine.loads;
        List<Entry> longLine = reserved(new MultibootInfo(INFO).memoryMap(MIB, 4 * MIB));
        int longLoads = machine.loads - before;

        assertEquals(shortLine, longLine);
        assertEquals(shortLoads, longLoads, "memory loads while building the map");
    }

    @Test
    void stepsOverEntriesBySizeField() {
        // A boot loader may use entries longer than the 20 bytes the fields need.
        List<Entry> entries = List.of(new Entry(0, 0x9F000, 1), new Entry(MIB, 63 * MIB, 1),
                new Entry(0xFEC00000L, 0x1000, 4));
        writeInfo(0x41, 636, 64512, "", entries, 28);
        assertEquals(entries, regions(new MultibootInfo(INFO).memoryMap(MIB, 2 * MIB)));
    }

    @Test
    void fallsBackToMemLowerAndUpperWithoutAnMmap() {
        writeInfo(0x01, 639, 31 * 1024, "ignored", List.of(), 20);
        MultibootInfo info = new MultibootInfo(INFO);
        MemoryMap map = info.memoryMap(MIB, 2 * MIB);
        assertEquals(List.of(new Entry(0, 639 * 1024, 1), new Entry(MIB, 31 * MIB, 1)), regions(map));
        assertEquals("", info.commandLine(), "flags bit 2 is clear");
        assertEquals(3, map.reservedCount(), "first MiB, kernel, structure");
    }

    @Test
    void stopsAtACorruptEntry() {
        List<Entry> entries = List.of(new Entry(0, 0x9F000, 1), new Entry(MIB, 63 * MIB, 1));
        writeInfo(0x40, 0, 0, "", entries, 20);
        machine.store32(MMAP + 24, 3);
        assertEquals(entries.subList(0, 1), regions(new MultibootInfo(INFO).memoryMap(MIB, 2 * MIB)));
    }

    @Test
    void keepsAtMostTheMapCapacity() {
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < MultibootInfo.MAP_CAPACITY + 5; i++) {
            entries.add(new Entry(MIB * (i + 1), MIB, 1));
        }
        writeInfo(0x40, 0, 0, "", entries, 20);
        assertEquals(entries.subList(0, MultibootInfo.MAP_CAPACITY),
                regions(new MultibootInfo(INFO).memoryMap(MIB, 2 * MIB)));
    }

    @Test
    void availableRamBeyondTheIdentityMapIsMarkedUnmapped() {
        // QEMU with 5 GiB: 3 GiB below the PCI hole, 2 GiB from 4 GiB on; and one region across 4 GiB.
        long gib = 1L << 30;
        List<Entry> entries = List.of(new Entry(MIB, 3 * gib - MIB, 1), new Entry(0xFFFC0000L, 0x40000, 2),
                new Entry(4 * gib, 2 * gib, 1), new Entry(3 * gib + MIB, gib, 1), new Entry(8 * gib, gib, 2));
        writeInfo(0x40, 0, 0, "", entries, 20);
        MemoryMap map = new MultibootInfo(INFO).memoryMap(MIB, 2 * MIB);
        assertEquals(List.of(new Entry(MIB, 3 * gib - MIB, 1), new Entry(0xFFFC0000L, 0x40000, 2),
                new Entry(4 * gib, 2 * gib, MemoryMap.UNMAPPED), new Entry(3 * gib + MIB, gib - MIB, 1),
                new Entry(4 * gib, MIB, MemoryMap.UNMAPPED), new Entry(8 * gib, gib, 2)), regions(map));
        assertEquals(2 * gib + MIB, map.unmappedBytes());
        assertEquals(X86PhysicalMemory.IDENTITY_MAP_END, 4 * gib);
    }

    @Test
    void hugeLoaderValuesAreComparedUnsigned() {
        MemoryMap map = new MemoryMap(4);
        assertTrue(MultibootInfo.addRegion(map, -MIB, MIB, 1), "a base above 2^63 is far beyond the map");
        assertTrue(MultibootInfo.addRegion(map, MIB, -1L, 1), "a length above 2^63 is cut at 4 GiB");
        assertEquals(List.of(new Entry(-MIB, MIB, MemoryMap.UNMAPPED), new Entry(MIB, (1L << 32) - MIB, 1),
                new Entry(1L << 32, -1L - ((1L << 32) - MIB), MemoryMap.UNMAPPED)), regions(map));
    }
}
