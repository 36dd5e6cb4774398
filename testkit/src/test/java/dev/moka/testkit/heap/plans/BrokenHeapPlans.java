package dev.moka.testkit.heap.plans;

import dev.moka.kernel.api.magic.Magic;

/** Plans that each break one rule of the contract, each the {@link ReferenceBumpPlan} with one change. */
public final class BrokenHeapPlans {
    private BrokenHeapPlans() {
    }

    /** Hands out its third block 4 bytes off the 8-byte grid. */
    public static final class Misaligned extends ReferenceBumpPlan {
        private int calls;

        @Override
        public long allocate(long bytes) {
            long address = super.allocate(bytes + 8);
            return ++calls == 3 && address != 0 ? address + 4 : address;
        }
    }

    /** Hands out every fourth block at the address of the one before. */
    public static final class HandsOutTwice extends ReferenceBumpPlan {
        private int calls;
        private long last;

        @Override
        public long allocate(long bytes) {
            if (++calls % 4 == 0 && last != 0) {
                return last;
            }
            last = super.allocate(bytes);
            return last;
        }
    }

    /** Never reports out of memory: past the end it keeps bumping. */
    public static final class OverrunsTheHeap extends ReferenceBumpPlan {
        @Override
        public long allocate(long bytes) {
            long address = cursor;
            cursor += bytes;
            return address;
        }
    }

    /** Reports out of memory once half its heap is used. */
    public static final class GivesUpEarly extends ReferenceBumpPlan {
        @Override
        public long allocate(long bytes) {
            return (cursor - start + bytes) * 2 > end - start ? 0 : super.allocate(bytes);
        }
    }

    /** Leaves its block size in the first word of every block it hands out. */
    public static final class LeavesItsBookkeeping extends ReferenceBumpPlan {
        @Override
        public long allocate(long bytes) {
            long address = super.allocate(bytes);
            if (address != 0) {
                Magic.store64(address, bytes);
            }
            return address;
        }
    }

    /** Keeps a word of bookkeeping just below the heap it was given. */
    public static final class WritesBelowItsHeap extends ReferenceBumpPlan {
        @Override
        public void init(long heapStart, long heapEnd) {
            super.init(heapStart, heapEnd);
            Magic.store64(heapStart - 8, heapEnd);
        }
    }

    /** "Collects" by starting over at the bottom of the heap, over objects that are still live. */
    public static final class ForgetsLiveObjects extends ReferenceBumpPlan {
        private long collections;

        @Override
        public long allocate(long bytes) {
            long address = super.allocate(bytes);
            if (address == 0 && bytes <= end - start) {
                collections++;
                cursor = start;
                address = super.allocate(bytes);
            }
            return address;
        }

        @Override
        public long collections() {
            return collections;
        }
    }

    /** Counts its collections down. */
    public static final class CountsBackwards extends ReferenceBumpPlan {
        private long collections;

        @Override
        public long allocate(long bytes) {
            collections--;
            return super.allocate(bytes);
        }

        @Override
        public long collections() {
            return collections;
        }
    }
}
