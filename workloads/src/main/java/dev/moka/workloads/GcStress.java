package dev.moka.workloads;

import dev.moka.kernel.api.arch.ArchPack;
import dev.moka.kernel.api.boot.KernelContext;
import dev.moka.kernel.api.heap.HeapPlan;
import dev.moka.kernel.core.heap.HeapStatistics;

/**
 * The collector's stress test: keeps a live linked structure while allocating at least ten times
 * the heap's size in short-lived objects, then checks that the live structure survived unchanged.
 * Under a collecting heap plan it finishes with collections; under the bump plan it runs out of
 * heap and the kernel stops with OutOfMemoryError.
 */
final class GcStress {
    private static final int LIVE_NODES = 4000;
    private static final int GARBAGE_NODES = 64;
    /** A Cell: two header words, a long and a reference. */
    private static final long CELL_BYTES = 32;

    /** A list cell; a chain of them is the live structure, and the garbage. */
    private static final class Cell {
        final long value;
        final Cell next;

        Cell(long value, Cell next) {
            this.value = value;
            this.next = next;
        }
    }

    private GcStress() {
    }

    /**
     * @param kernel    the running kernel
     * @param heapBytes the kernel heap's size
     * @return null when the live structure survived unchanged, else what differed
     */
    static String run(KernelContext kernel, long heapBytes) {
        ArchPack arch = kernel.arch();
        long began = arch.cycles();
        Cell live = null;
        for (int i = 0; i < LIVE_NODES; i++) {
            live = new Cell(i * 2654435761L + 17, live);
        }
        long before = checksum(live);
        long target = 10 * heapBytes;
        long allocated = 0;
        int round = 0;
        long sink = 0;
        while (allocated < target) {
            Cell garbage = null;
            for (int j = 0; j < GARBAGE_NODES; j++) {
                garbage = new Cell(round + j, garbage);
            }
            int[] scratch = new int[64 + (round & 127)];
            scratch[round & 63] = round;
            sink += garbage.value + scratch[round & 63];
            allocated += GARBAGE_NODES * 32L + 24 + 4L * scratch.length;
            round++;
        }
        long after = checksum(live);
        long cycles = arch.cycles() - began;
        kernel.println("checksum: " + before + " " + after);
        kernel.println("collections: " + HeapStatistics.collections());
        HeapPlan plan = HeapStatistics.plan();
        if (plan != null && plan.collections() > 0) {
            long liveStructure = LIVE_NODES * CELL_BYTES;
            kernel.println("gc pause: max " + plan.pauseCyclesMax() + " cycles, mean "
                    + plan.pauseCyclesTotal() / plan.collections() + " cycles, "
                    + (cycles == 0 ? 0 : plan.pauseCyclesTotal() * 100 / cycles) + "% of a run of " + cycles + " cycles");
            kernel.println("heap: " + plan.liveBytesAfterLastCollection() / 1024 + " KiB live after the last collection ("
                    + liveStructure / 1024 + " KiB in the live structure), " + plan.metadataBytes() / 1024
                    + " KiB collector metadata, " + heapBytes / 1024 + " KiB heap");
        }
        if (sink == 42) {
            kernel.println("");
        }
        return before == after ? null : "gc stress: the live structure changed (checksum " + before + " became "
                + after + ")";
    }

    private static long checksum(Cell list) {
        long sum = 0;
        for (Cell c = list; c != null; c = c.next) {
            sum = sum * 31 + c.value;
        }
        return sum;
    }
}
