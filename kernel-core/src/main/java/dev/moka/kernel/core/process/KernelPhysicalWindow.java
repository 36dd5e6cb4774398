package dev.moka.kernel.core.process;

import dev.moka.kernel.api.arch.ArchPack;
import dev.moka.kernel.api.boot.MemoryMap;
import dev.moka.kernel.api.magic.Magic;
import dev.moka.kernel.ipc.drivers.MemoryScheme;
import dev.moka.kernel.ipc.drivers.PhysicalWindow;

/**
 * Physical memory through the kernel's identity map of the low 4 GiB, for {@code memory:}. A range
 * is grantable when it lies in that window, shares no byte with RAM the memory map lists (the kernel's
 * image, heap, page tables and every process's frames are there) and no byte with device memory the
 * arch pack keeps. Without a memory map nothing is grantable.
 */
final class KernelPhysicalWindow implements PhysicalWindow {
    private final MemoryMap map;
    private final ArchPack arch;

    KernelPhysicalWindow(MemoryMap map, ArchPack arch) {
        this.map = map;
        this.arch = arch;
    }

    @Override
    public boolean isGrantable(long start, long end) {
        if (map == null || start < 0 || end <= start || end > MemoryScheme.WINDOW || arch.keepsPhysical(start, end)) {
            return false;
        }
        for (int i = 0; i < map.regionCount(); i++) {
            if (map.regionType(i) != MemoryMap.AVAILABLE) {
                continue;
            }
            long base = map.regionBase(i);
            if (start < base + map.regionLength(i) && end > base) {
                return false;
            }
        }
        return true;
    }

    @Override
    public long load(long address, int width) {
        return switch (width) {
            case 1 -> Magic.load8(address);
            case 2 -> Magic.load16(address);
            case 4 -> Magic.load32(address) & 0xFFFF_FFFFL;
            default -> Magic.load64(address);
        };
    }

    @Override
    public void store(long address, int width, long value) {
        switch (width) {
            case 1 -> Magic.store8(address, (int) value);
            case 2 -> Magic.store16(address, (int) value);
            case 4 -> Magic.store32(address, (int) value);
            default -> Magic.store64(address, value);
        }
    }
}
