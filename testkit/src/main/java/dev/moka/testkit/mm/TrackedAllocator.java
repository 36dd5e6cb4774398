package dev.moka.testkit.mm;

import dev.moka.kernel.api.mm.FrameAllocator;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * An allocator under test together with what the caller knows it owns. Each step calls the
 * allocator once, checks the answer against the {@link MapLayout} and the books kept here, and then
 * checks the invariants; a broken rule throws an {@link AssertionError} naming it.
 *
 * <p>The steps are public so that a fixed sequence can be replayed without jqwik.
 */
public final class TrackedAllocator {
    private final FrameAllocator allocator;
    private final MapLayout layout;
    private final Consumer<FrameAllocator> policyCheck;
    private final Set<Long> owned = new LinkedHashSet<>();
    private final List<Long> returned = new ArrayList<>();
    private final long initialFree;
    private final long initialTotal;
    private final long usableCount;

    /**
     * Initialises the allocator from the layout.
     *
     * @param allocator   a fresh allocator
     * @param layout      the memory map to initialise it with
     * @param policyCheck an extra check run after every step (an allocator's own policy rules)
     */
    public TrackedAllocator(FrameAllocator allocator, MapLayout layout, Consumer<FrameAllocator> policyCheck) {
        this.allocator = allocator;
        this.layout = layout;
        this.policyCheck = policyCheck;
        allocator.init(layout.toMemoryMap());
        initialFree = allocator.freeFrames();
        initialTotal = allocator.totalFrames();
        usableCount = layout.usableFrames().size();
        check(initialFree == initialTotal, "after init freeFrames() = " + initialFree
                + " but totalFrames() = " + initialTotal);
        check(initialTotal <= usableCount, "manages " + initialTotal + " frames but the map has only "
                + usableCount + " usable ones");
        checkInvariants();
    }

    /** @return the allocator under test */
    public FrameAllocator allocator() {
        return allocator;
    }

    /** @return the memory map it was initialised with */
    public MapLayout layout() {
        return layout;
    }

    /** @return how many frames the caller owns now */
    public int ownedCount() {
        return owned.size();
    }

    /** @return the free count right after {@code init} */
    public long initialFree() {
        return initialFree;
    }

    /** @return how many frames the map says are usable */
    public long usableCount() {
        return usableCount;
    }

    /**
     * Allocates once and checks the answer.
     *
     * @return the frame, or {@link FrameAllocator#OUT_OF_MEMORY}
     */
    public long allocate() {
        boolean everythingTaken = owned.size() == initialFree;
        long frame = allocator.allocate();
        if (frame == FrameAllocator.OUT_OF_MEMORY) {
            check(everythingTaken, "OUT_OF_MEMORY while " + (initialFree - owned.size()) + " frames are free");
        } else {
            check(!everythingTaken, "handed out " + hex(frame)
                    + " although every frame was taken; expected OUT_OF_MEMORY");
            check(frame >= 0 && frame % FrameAllocator.FRAME_SIZE == 0, "handed out unaligned " + hex(frame));
            check(layout.isUsableFrame(frame), "handed out " + hex(frame)
                    + ", which is reserved or not wholly in available RAM");
            check(owned.add(frame), "handed out " + hex(frame) + " twice without a free in between");
            returned.remove(frame);
        }
        checkInvariants();
        return frame;
    }

    /**
     * Allocates until {@link FrameAllocator#OUT_OF_MEMORY} and checks that it came only when every
     * frame was taken, and that it comes again.
     */
    public void allocateEverything() {
        while (allocate() != FrameAllocator.OUT_OF_MEMORY) {
            check(owned.size() <= initialFree, "handed out more frames than it had free at first");
        }
        check(allocator.allocate() == FrameAllocator.OUT_OF_MEMORY, "allocate after OUT_OF_MEMORY with nothing freed"
                + " did not return OUT_OF_MEMORY again");
        checkInvariants();
    }

    /**
     * Frees one of the owned frames, which must be accepted.
     *
     * @param pick any number; chooses which owned frame (modulo how many there are)
     */
    public void freeOwned(int pick) {
        if (owned.isEmpty()) {
            return;
        }
        long frame = new ArrayList<>(owned).get(Math.floorMod(pick, owned.size()));
        check(allocator.free(frame), "refused to take back " + hex(frame) + ", which it handed out");
        owned.remove(frame);
        returned.add(frame);
        checkInvariants();
    }

    /** Frees every owned frame, which must all be accepted, and checks the free count is back at its start. */
    public void freeEverything() {
        for (long frame : new ArrayList<>(owned)) {
            check(allocator.free(frame), "refused to take back " + hex(frame) + ", which it handed out");
            owned.remove(frame);
            returned.add(frame);
            checkInvariants();
        }
        check(allocator.freeFrames() == initialFree, "after freeing everything freeFrames() = "
                + allocator.freeFrames() + ", not the initial " + initialFree);
    }

    /**
     * Frees an address the caller does not own, which must be refused without any change. Does
     * nothing if the address happens to be owned.
     *
     * @param address the address
     * @param what    what kind of address it is, for the message
     */
    public void freeUnowned(long address, String what) {
        if (owned.contains(address)) {
            return;
        }
        long before = allocator.freeFrames();
        check(!allocator.free(address), "accepted free(" + hex(address) + "), " + what);
        check(allocator.freeFrames() == before, "refused free(" + hex(address) + "), " + what
                + ", but freeFrames() changed from " + before + " to " + allocator.freeFrames());
        checkInvariants();
    }

    /** Frees again the frame freed longest ago that is not owned again: a double free. */
    public void freeAgain() {
        if (!returned.isEmpty()) {
            freeUnowned(returned.get(0), "a double free");
        }
    }

    /** Frees an owned frame plus an offset inside it: an unaligned free. */
    public void freeUnaligned(int pick, int offset) {
        if (!owned.isEmpty()) {
            long frame = new ArrayList<>(owned).get(Math.floorMod(pick, owned.size()));
            freeUnowned(frame + 1 + Math.floorMod(offset, (int) FrameAllocator.FRAME_SIZE - 1), "an unaligned address");
        }
    }

    /** Checks what must hold between any two steps. */
    public void checkInvariants() {
        long free = allocator.freeFrames();
        check(free + owned.size() == initialFree, "free space not conserved: freeFrames() = " + free + " plus "
                + owned.size() + " owned is not the initial " + initialFree);
        check(allocator.totalFrames() == initialTotal, "totalFrames() changed from " + initialTotal + " to "
                + allocator.totalFrames());
        policyCheck.accept(allocator);
    }

    @Override
    public String toString() {
        return allocator.name() + " owning " + owned.size() + " of " + initialFree + " frames";
    }

    static String hex(long address) {
        return "0x" + Long.toHexString(address);
    }

    static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }
}
