package dev.moka.kernel.core.thread;

import dev.moka.kernel.api.mm.FrameAllocator;
import dev.moka.kernel.api.mm.StackSpace;

/**
 * Kernel-thread stacks in the arch pack's {@link StackSpace}. The space is cut into slots of
 * {@value #SLOT_PAGES} pages; a stack is the top {@value #STACK_PAGES} pages of a slot, each mapped
 * to a frame of its own (the frames need not lie in a row), and the {@value #GUARD_PAGES} pages
 * below it are never mapped: a thread that runs off the bottom of its stack touches them and
 * faults instead of writing over its neighbour. The guard is wider than one page so that a frame
 * larger than a page cannot step over it.
 *
 * <p>A freed stack unmaps its pages and gives their frames back; its slot is the next one handed
 * out (the most recently freed first), so a kernel that keeps creating and ending threads uses a
 * bounded part of the space. Freeing allocates nothing, since it may run on the timer's path.
 */
final class KernelStacks {
    /** Size of a page. */
    static final long PAGE = 4096;
    /** Mapped pages of one stack. */
    static final int STACK_PAGES = 4;
    /** Unmapped pages below each stack. */
    static final int GUARD_PAGES = 12;
    /** Pages of one slot: the guard, then the stack. */
    static final int SLOT_PAGES = GUARD_PAGES + STACK_PAGES;
    /** Returned by {@link #allocate} when no stack could be made. */
    static final long NONE = 0;

    private static final long SLOT_BYTES = SLOT_PAGES * PAGE;
    private static final long GUARD_BYTES = GUARD_PAGES * PAGE;
    private static final int INITIAL_SLOTS = 16;

    private final StackSpace space;
    private final FrameAllocator frames;
    private final long slotLimit;
    /** Slots given back, most recent last; as long as the number of slots ever handed out, so a push never grows it. */
    private int[] freeSlots = new int[INITIAL_SLOTS];
    private int freeCount;
    /** Slots {@code [0, slotsUsed)} have been handed out at least once. */
    private int slotsUsed;
    private int live;

    /**
     * @param space  where stacks are mapped
     * @param frames where their frames come from
     */
    KernelStacks(StackSpace space, FrameAllocator frames) {
        this.space = space;
        this.frames = frames;
        long slots = (space.end() - space.start()) / SLOT_BYTES;
        this.slotLimit = slots > Integer.MAX_VALUE ? Integer.MAX_VALUE : slots;
    }

    /**
     * Maps a new stack.
     *
     * @return the stack's lowest address (its top is {@link #top}), or {@link #NONE} when the space
     *         has no free slot or memory ran out; nothing stays taken then
     */
    long allocate() {
        int slot;
        if (freeCount > 0) {
            slot = freeSlots[--freeCount];
        } else if (slotsUsed < slotLimit) {
            if (slotsUsed == freeSlots.length) {
                int[] bigger = new int[freeSlots.length * 2];
                System.arraycopy(freeSlots, 0, bigger, 0, freeCount);
                freeSlots = bigger;
            }
            slot = slotsUsed++;
        } else {
            return NONE;
        }
        long low = space.start() + slot * SLOT_BYTES + GUARD_BYTES;
        for (int page = 0; page < STACK_PAGES; page++) {
            long frame = frames.allocate();
            if (frame == FrameAllocator.OUT_OF_MEMORY || !space.map(low + page * PAGE, frame)) {
                if (frame != FrameAllocator.OUT_OF_MEMORY) {
                    frames.free(frame);
                }
                unmapPages(low, page);
                freeSlots[freeCount++] = slot;
                return NONE;
            }
        }
        live++;
        return low;
    }

    /**
     * Unmaps a stack, gives its frames back and frees its slot. Allocates nothing.
     *
     * @param low what {@link #allocate} returned; the stack must not be in use
     */
    void free(long low) {
        unmapPages(low, STACK_PAGES);
        freeSlots[freeCount++] = (int) ((low - space.start()) / SLOT_BYTES);
        live--;
    }

    /** @return how many stacks are mapped now */
    int live() {
        return live;
    }

    /** @return how many slots have ever been handed out: the part of the space in use at some time */
    int slotsUsed() {
        return slotsUsed;
    }

    /** @param low a stack's lowest address @return the address after its top */
    static long top(long low) {
        return low + STACK_PAGES * PAGE;
    }

    /**
     * @param low     a stack's lowest address
     * @param address any address
     * @return whether the address lies in the stack or in the guard below it
     */
    static boolean inSlot(long low, long address) {
        return address >= low - GUARD_BYTES && address < top(low);
    }

    private void unmapPages(long low, int pages) {
        for (int page = 0; page < pages; page++) {
            long frame = space.unmap(low + page * PAGE);
            if (frame != StackSpace.NOT_MAPPED) {
                frames.free(frame);
            }
        }
    }
}
