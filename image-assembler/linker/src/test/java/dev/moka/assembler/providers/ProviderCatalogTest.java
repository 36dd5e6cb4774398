package dev.moka.assembler.providers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.moka.kernel.api.mm.FrameAllocator;
import dev.moka.kernel.api.sched.Scheduler;
import dev.moka.kernel.mm.BitmapFrameAllocator;
import dev.moka.kernel.mm.paging.AddressSpacePaging;
import dev.moka.kernel.sched.PriorityScheduler;
import dev.moka.kernel.sched.RoundRobinScheduler;
import java.util.List;
import org.junit.jupiter.api.Test;

public class ProviderCatalogTest {
    @Test
    void listsProviderNamesSorted() {
        assertEquals(List.of("eevdf", "priority", "round-robin"), ProviderCatalog.schedulerNames());
        assertEquals(List.of("bitmap", "buddy"), ProviderCatalog.frameAllocatorNames());
    }

    @Test
    void findsProviderClassesByName() {
        assertEquals(RoundRobinScheduler.class, ProviderCatalog.schedulerClass("round-robin"));
        assertEquals(PriorityScheduler.class, ProviderCatalog.schedulerClass("priority"));
        assertEquals(BitmapFrameAllocator.class, ProviderCatalog.frameAllocatorClass("bitmap"));
    }

    @Test
    void makesAFreshInstanceEachTime() {
        Scheduler first = ProviderCatalog.newScheduler("priority");
        Scheduler second = ProviderCatalog.newScheduler("priority");
        assertEquals("priority", first.name());
        assertNotSame(first, second);
        FrameAllocator frames = ProviderCatalog.newFrameAllocator("bitmap");
        assertEquals(BitmapFrameAllocator.class, frames.getClass());
    }

    @Test
    void namesWhatIsAvailableWhenANameIsUnknown() {
        assertEquals("unknown scheduler \"foo\"; available: eevdf, priority, round-robin" + searched("scheduler"),
                assertThrows(UnknownProviderException.class, () -> ProviderCatalog.schedulerClass("foo")).getMessage());
        assertEquals("unknown scheduler \"RoundRobin\"; available: eevdf, priority, round-robin" + searched("scheduler"),
                assertThrows(UnknownProviderException.class, () -> ProviderCatalog.newScheduler("RoundRobin")).getMessage());
        assertEquals("unknown frame allocator \"slab\"; available: bitmap, buddy" + searched("frame allocator"),
                assertThrows(UnknownProviderException.class, () -> ProviderCatalog.newFrameAllocator("slab")).getMessage());
        assertEquals("unknown frame allocator \"\"; available: bitmap, buddy" + searched("frame allocator"),
                assertThrows(UnknownProviderException.class, () -> ProviderCatalog.frameAllocatorClass("")).getMessage());
    }

    @Test
    void findsTheOnePagingProvider() {
        assertEquals(AddressSpacePaging.class, ProviderCatalog.pagingClass());
        assertEquals(AddressSpacePaging.class, ProviderCatalog.newPaging().getClass());
    }

    /** The part of an unknown-provider message that says where Moka looked and how to add a module. */
    public static String searched(String kind) {
        return "; searched Moka's own modules and the module path (none); to use an outside " + kind
                + ", add its module with --module-path PATH or MOKA_MODULE_PATH";
    }
}
