package dev.moka.testkit.mm;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moka.kernel.api.mm.FrameAllocator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Each broken allocator, driven through a short fixed sequence of the kit's own steps, trips the
 * check for the rule it breaks; the reference allocator passes the same sequence.
 */
class FrameAllocatorContractCatchesViolationsTest {
    private static TrackedAllocator track(FrameAllocator allocator) {
        return new TrackedAllocator(allocator, MemoryMaps.pcLike(), a -> { });
    }

    private static void assertCaught(String expectedMessagePart, Executable steps) {
        AssertionError error = assertThrows(AssertionError.class, steps);
        assertTrue(error.getMessage().contains(expectedMessagePart),
                () -> "expected a failure about '" + expectedMessagePart + "' but got: " + error.getMessage());
    }

    @Test
    void theReferenceAllocatorPassesEverySequenceBelow() {
        TrackedAllocator tracked = track(new ReferenceFrameAllocator());
        tracked.allocate();
        tracked.allocate();
        tracked.freeOwned(0);
        tracked.freeAgain();
        tracked.freeUnaligned(0, 7);
        tracked.freeUnowned(MemoryMaps.KERNEL_IMAGE_BASE, "the kernel image");
        tracked.allocateEverything();
        tracked.freeEverything();
    }

    @Test
    void catchesAReservedFrameHandedOut() {
        TrackedAllocator tracked = track(new BrokenFrameAllocators.HandsOutReservedFrame());
        assertCaught("handed out 0x100000, which is reserved", tracked::allocate);
    }

    @Test
    void catchesTheSameFrameHandedOutTwice() {
        TrackedAllocator tracked = track(new BrokenFrameAllocators.HandsOutSameFrameTwice());
        tracked.allocate();
        assertCaught("twice without a free in between", tracked::allocate);
    }

    @Test
    void catchesAnAcceptedDoubleFree() {
        TrackedAllocator tracked = track(new BrokenFrameAllocators.AcceptsDoubleFree());
        tracked.allocate();
        tracked.freeOwned(0);
        assertCaught("accepted free(0x300000), a double free", tracked::freeAgain);
    }

    @Test
    void catchesLostFrames() {
        TrackedAllocator tracked = track(new BrokenFrameAllocators.LosesFrames());
        tracked.allocate();
        assertCaught("free space not conserved", () -> tracked.freeOwned(0));
    }

    @Test
    void catchesOutOfMemoryWhileFramesAreFree() {
        TrackedAllocator tracked = track(new BrokenFrameAllocators.RunsOutEarly());
        assertCaught("OUT_OF_MEMORY while", tracked::allocateEverything);
    }

    @Test
    void catchesAFailedPolicyCheck() {
        TrackedAllocator tracked = new TrackedAllocator(new ReferenceFrameAllocator(), MemoryMaps.pcLike(), a -> {
            if (a.freeFrames() < a.totalFrames()) {
                throw new AssertionError("policy: nothing may stay allocated");
            }
        });
        assertCaught("policy: nothing may stay allocated", tracked::allocate);
    }
}
