package dev.moka.kernel.api;

import dev.moka.kernel.api.arch.ArchPack;
import dev.moka.kernel.api.heap.HeapPlan;
import dev.moka.kernel.api.mm.HeapStatistics;

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

    static void run(KernelLog log, long heapBytes, ArchPack arch) {
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
        log.println("checksum: " + before + " " + after);
        log.println("collections: " + HeapStatistics.collections());
        HeapPlan plan = HeapStatistics.plan();
        if (plan != null && plan.collections() > 0) {
            long liveStructure = LIVE_NODES * CELL_BYTES;
            log.println("gc pause: max " + plan.pauseCyclesMax() + " cycles, mean "
                    + plan.pauseCyclesTotal() / plan.collections() + " cycles, "
                    + (cycles == 0 ? 0 : plan.pauseCyclesTotal() * 100 / cycles) + "% of the run");
            log.println("heap: " + plan.liveBytesAfterLastCollection() / 1024 + " KiB live after the last collection ("
                    + liveStructure / 1024 + " KiB in the live structure), " + plan.metadataBytes() / 1024
                    + " KiB collector metadata, " + heapBytes / 1024 + " KiB heap");
        }
        if (sink == 42) {
            log.println("");
        }
    }

    private static long checksum(Cell list) {
        long sum = 0;
        for (Cell c = list; c != null; c = c.next) {
            sum = sum * 31 + c.value;
        }
        return sum;
    }
}
