package dev.moka.examples.freestack;

import dev.moka.kernel.api.boot.MemoryMap;
import dev.moka.kernel.api.mm.FrameAllocator;

/**
 * A frame allocator that keeps its free frames on a stack: {@link #allocate()} pops, {@link #free}
 * pushes, both in constant time, and the frame freed last is the next one handed out, while it may
 * still be in the caches.
 *
 * <p>Frames are numbered from the lowest frame of available RAM up to the highest (at most
 * {@value #MAX_MANAGED_ADDRESS} bytes). Each has a state byte, so {@link #free} can refuse anything it
 * did not hand out, and the stack holds one {@code int} per usable frame: five bytes of kernel heap per
 * frame of RAM, 160 KiB for a 128 MiB machine. {@link #init} pushes the usable frames from the highest
 * down, so the lowest come out first.
 *
 * <p>A frame is usable when it lies wholly inside one available region and overlaps no reserved range
 * and no region of another type.
 */
public final class FreeStackAllocator implements FrameAllocator {
    /** Memory at and above this address is ignored: 64 GiB, which bounds the arrays. */
    public static final long MAX_MANAGED_ADDRESS = 1L << 36;

    private static final byte UNMANAGED = 0;
    private static final byte FREE = 1;
    private static final byte TAKEN = 2;

    private long base;
    private byte[] states = new byte[0];
    private int[] stack = new int[0];
    private int top;
    private long total;

    @Override
    public String name() {
        return "free-stack";
    }

    @Override
    public void init(MemoryMap map) {
        long low = Long.MAX_VALUE;
        long high = 0;
        for (int i = 0; i < map.regionCount(); i++) {
            if (map.regionType(i) == MemoryMap.AVAILABLE) {
                low = Math.min(low, roundUp(map.regionBase(i)));
                high = Math.max(high, Math.min(MAX_MANAGED_ADDRESS, roundDown(map.regionBase(i) + map.regionLength(i))));
            }
        }
        int frames = high > low ? (int) ((high - low) / FRAME_SIZE) : 0;
        base = frames == 0 ? 0 : low;
        states = new byte[frames];
        stack = new int[frames];
        top = 0;
        for (int frame = frames - 1; frame >= 0; frame--) {
            if (isUsable(map, base + frame * FRAME_SIZE)) {
                states[frame] = FREE;
                stack[top++] = frame;
            }
        }
        total = top;
    }

    @Override
    public long allocate() {
        if (top == 0) {
            return OUT_OF_MEMORY;
        }
        int frame = stack[--top];
        states[frame] = TAKEN;
        return base + frame * FRAME_SIZE;
    }

    @Override
    public boolean free(long address) {
        if (address < base || address % FRAME_SIZE != 0 || (address - base) / FRAME_SIZE >= states.length) {
            return false;
        }
        int frame = (int) ((address - base) / FRAME_SIZE);
        if (states[frame] != TAKEN) {
            return false;
        }
        states[frame] = FREE;
        stack[top++] = frame;
        return true;
    }

    @Override
    public long freeFrames() {
        return top;
    }

    @Override
    public long totalFrames() {
        return total;
    }

    private static boolean isUsable(MemoryMap map, long start) {
        long end = start + FRAME_SIZE;
        boolean inRam = false;
        for (int i = 0; i < map.regionCount(); i++) {
            long regionStart = map.regionBase(i);
            long regionEnd = regionStart + map.regionLength(i);
            if (map.regionType(i) == MemoryMap.AVAILABLE) {
                inRam |= regionStart <= start && end <= regionEnd;
            } else if (start < regionEnd && regionStart < end) {
                return false;
            }
        }
        for (int i = 0; i < map.reservedCount(); i++) {
            long reservedStart = map.reservedBase(i);
            if (start < reservedStart + map.reservedLength(i) && reservedStart < end) {
                return false;
            }
        }
        return inRam;
    }

    private static long roundUp(long address) {
        return (address + FRAME_SIZE - 1) / FRAME_SIZE * FRAME_SIZE;
    }

    private static long roundDown(long address) {
        return address / FRAME_SIZE * FRAME_SIZE;
    }
}
