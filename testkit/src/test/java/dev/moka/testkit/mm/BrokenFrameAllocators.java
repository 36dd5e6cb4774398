package dev.moka.testkit.mm;

/**
 * Allocators that each break one rule of the contract, so that tests can show the kit notices.
 * Each is the {@link ReferenceFrameAllocator} with one change.
 */
final class BrokenFrameAllocators {
    private BrokenFrameAllocators() {
    }

    /** Hands out the first frame of the kernel image on the first call. */
    static final class HandsOutReservedFrame extends ReferenceFrameAllocator {
        private boolean first = true;

        @Override
        public long allocate() {
            if (first) {
                first = false;
                free.pop();
                return MemoryMaps.KERNEL_IMAGE_BASE;
            }
            return super.allocate();
        }
    }

    /** Hands out the frame it handed out last again, every second call, and counts it as taken. */
    static final class HandsOutSameFrameTwice extends ReferenceFrameAllocator {
        private long last = OUT_OF_MEMORY;
        private int calls;

        @Override
        public long allocate() {
            calls++;
            if (calls % 2 == 0 && last != OUT_OF_MEMORY) {
                free.pop();
                return last;
            }
            last = super.allocate();
            return last;
        }
    }

    /** Accepts freeing a frame that is already free, and counts it twice. */
    static final class AcceptsDoubleFree extends ReferenceFrameAllocator {
        @Override
        public boolean free(long address) {
            if (super.free(address)) {
                return true;
            }
            if (free.contains(address)) {
                free.push(address);
                return true;
            }
            return false;
        }
    }

    /** Says yes to a free but keeps the frame out of its free list: the frame is lost for good. */
    static final class LosesFrames extends ReferenceFrameAllocator {
        @Override
        public boolean free(long address) {
            return handedOut.remove(address);
        }
    }

    /** Gives up with OUT_OF_MEMORY once half its frames are gone. */
    static final class RunsOutEarly extends ReferenceFrameAllocator {
        @Override
        public long allocate() {
            if (freeFrames() * 2 < totalFrames()) {
                return OUT_OF_MEMORY;
            }
            return super.allocate();
        }
    }
}
