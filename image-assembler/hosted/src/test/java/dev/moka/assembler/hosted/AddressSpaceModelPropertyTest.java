package dev.moka.assembler.hosted;

import dev.moka.assembler.providers.ProviderCatalog;
import dev.moka.kernel.api.arch.ArchPackProvider;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.moka.kernel.api.boot.MemoryMap;
import dev.moka.kernel.api.mm.FrameAllocator;
import dev.moka.kernel.api.mm.PageFlags;
import dev.moka.kernel.api.mm.PageTableFormat;
import dev.moka.kernel.mm.BitmapFrameAllocator;
import dev.moka.kernel.mm.paging.AddressSpace;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Model-based property of {@link AddressSpace} on a simulated machine: random chains of map, unmap,
 * protect, translate and touch actions are run against the page tables in the machine's RAM and
 * against a plain map from page to (frame, flags). The address space stays active the whole time,
 * so every touch goes through the machine's MMU and TLB: a missing invalidation after unmap or
 * protect shows up as a stale translation. The tables are written in the x86_64 arch pack's
 * page-table format, so the machine's MMU also checks that format's bits.
 */
class AddressSpaceModelPropertyTest {
    private static final long MIB = 1L << 20;
    private static final long PAGE = 4096;
    private static final int DATA_FRAMES = 8;
    /** The x86_64 user half: PML4 slots 1..255. */
    private static final long USER_START = 1L << 39;
    private static final long USER_END = 1L << 47;
    /** Region starts: the first user page, a 1 GiB table boundary, the top of the user half, the kernel's identity map, a non-canonical hole. */
    private static final long[] REGIONS = {USER_START, 0x0000_4000_3FFF_E000L, USER_END - 4 * PAGE, 0x20_0000L,
        0x0000_8000_0000_0000L};
    private static final long[] FLAG_CHOICES = {0, PageFlags.WRITABLE, PageFlags.WRITABLE | PageFlags.NO_EXECUTE,
        PageFlags.USER, PageFlags.WRITABLE | PageFlags.USER | PageFlags.GLOBAL, PageFlags.HUGE};

    sealed interface Action permits MapPage, UnmapPage, ProtectPage, TranslateAddress, TouchPage {
    }

    record MapPage(Address at, int frame, int flags) implements Action {
    }

    record UnmapPage(Address at) implements Action {
    }

    record ProtectPage(Address at, int flags) implements Action {
    }

    record TranslateAddress(Address at, int offset) implements Action {
    }

    record TouchPage(Address at, int slot) implements Action {
    }

    /** A page in one of the regions, optionally misaligned by {@code misalignment} bytes. */
    record Address(int region, int page, int misalignment) {
        long value() {
            return REGIONS[region] + page * PAGE + misalignment;
        }
    }

    record Mapping(long frame, long flags) {
    }

    @Provide
    Arbitrary<List<Action>> chains() {
        Arbitrary<Address> aligned = Combinators.combine(Arbitraries.integers().between(0, REGIONS.length - 1),
                Arbitraries.integers().between(0, 5), Arbitraries.just(0)).as(Address::new);
        Arbitrary<Address> any = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(9, aligned),
                net.jqwik.api.Tuple.of(1, Combinators.combine(Arbitraries.integers().between(0, REGIONS.length - 1),
                        Arbitraries.integers().between(0, 5), Arbitraries.integers().between(1, 4095)).as(Address::new)));
        Arbitrary<Action> action = Arbitraries.oneOf(
                Combinators.combine(any, Arbitraries.integers().between(0, DATA_FRAMES - 1),
                        Arbitraries.integers().between(0, FLAG_CHOICES.length - 1)).as(MapPage::new),
                any.map(UnmapPage::new),
                Combinators.combine(any, Arbitraries.integers().between(0, FLAG_CHOICES.length - 1)).as(ProtectPage::new),
                Combinators.combine(aligned, Arbitraries.integers().between(0, 4095)).as(TranslateAddress::new),
                Combinators.combine(aligned, Arbitraries.integers().between(0, 511)).as(TouchPage::new));
        return action.list().ofMinSize(1).ofMaxSize(60);
    }

    @Property(tries = 200)
    void addressSpaceAgreesWithAPlainMap(@ForAll("chains") List<Action> chain) {
        SimulatedMachine machine = new SimulatedMachine(32 * MIB, OutputStream.nullOutputStream());
        ArchPackProvider arch = ProviderCatalog.archPack("x86_64");
        arch.prepareHostedBoot(machine, 32 * MIB);
        PageTableFormat format = arch.newArchPack().pageTableFormat();
        long bootRoot = machine.pageTableRoot();
        SimulatedPhysicalMemory memory = new SimulatedPhysicalMemory(machine);
        FrameAllocator frames = allocator();
        long freeAtStart = frames.freeFrames();
        long[] data = new long[DATA_FRAMES];
        for (int i = 0; i < DATA_FRAMES; i++) {
            data[i] = frames.allocate();
        }
        AddressSpace space = AddressSpace.create(format, memory, frames, bootRoot);
        assertEquals(USER_START, space.userStart());
        assertEquals(USER_END, space.userEnd());
        space.activate();
        Map<Long, Mapping> model = new HashMap<>();
        for (Action action : chain) {
            step(action, space, machine, model, data);
        }
        memory.activate(bootRoot);
        for (long page : model.keySet()) {
            assertEquals(model.get(page).frame(), space.unmap(page));
        }
        assertEquals(1, space.destroy(), "only the PML4 is left once every page is unmapped");
        for (long frame : data) {
            frames.free(frame);
        }
        assertEquals(freeAtStart, frames.freeFrames());
    }

    private static void step(Action action, AddressSpace space, SimulatedMachine machine, Map<Long, Mapping> model,
                             long[] data) {
        switch (action) {
            case MapPage(Address at, int frame, int flags) -> {
                long virtual = at.value();
                int expected = refusal(virtual, FLAG_CHOICES[flags]);
                if (expected == AddressSpace.OK && model.containsKey(virtual)) {
                    expected = AddressSpace.ALREADY_MAPPED;
                }
                assertEquals(expected, space.map(virtual, data[frame], FLAG_CHOICES[flags]), action.toString());
                if (expected == AddressSpace.OK) {
                    model.put(virtual, new Mapping(data[frame], FLAG_CHOICES[flags] | PageFlags.PRESENT));
                }
            }
            case UnmapPage(Address at) -> {
                Mapping old = model.remove(at.value());
                assertEquals(old == null ? AddressSpace.NOT_MAPPED : old.frame(), space.unmap(at.value()), action.toString());
            }
            case ProtectPage(Address at, int flags) -> {
                long virtual = at.value();
                int expected = refusal(virtual, FLAG_CHOICES[flags]);
                Mapping old = model.get(virtual);
                if (expected == AddressSpace.OK && old == null) {
                    expected = AddressSpace.NOT_PRESENT;
                }
                assertEquals(expected, space.protect(virtual, FLAG_CHOICES[flags]), action.toString());
                if (expected == AddressSpace.OK) {
                    model.put(virtual, new Mapping(old.frame(), FLAG_CHOICES[flags] | PageFlags.PRESENT));
                }
            }
            case TranslateAddress(Address at, int offset) -> {
                long virtual = at.value() + offset;
                assertEquals(expectedTranslation(model, virtual), space.translate(virtual), action.toString());
                Mapping mapping = model.get(at.value());
                if (mapping != null) {
                    assertEquals(mapping.flags(), space.flags(virtual), action.toString());
                }
            }
            case TouchPage(Address at, int slot) -> touch(at.value() + 8L * slot, machine, model);
        }
    }

    /** Writes and reads through the machine's MMU, which must agree with the model. */
    private static void touch(long virtual, SimulatedMachine machine, Map<Long, Mapping> model) {
        if (!isUserAddress(virtual)) {
            return; // the identity map and the non-canonical hole are not the model's business
        }
        Mapping mapping = model.get(virtual & ~(PAGE - 1));
        if (mapping == null) {
            MachineFault fault = assertThrows(MachineFault.class, () -> machine.load64(virtual));
            assertEquals(true, fault.getMessage().contains("not present"), fault.getMessage());
            return;
        }
        long physical = mapping.frame() + (virtual & (PAGE - 1));
        if ((mapping.flags() & PageFlags.WRITABLE) == 0) {
            MachineFault fault = assertThrows(MachineFault.class, () -> machine.store64(virtual, 1));
            assertEquals(true, fault.getMessage().contains("protection"), fault.getMessage());
        } else {
            machine.store64(virtual, virtual ^ 0x5A5A);
            assertEquals(virtual ^ 0x5A5A, machine.loadPhysical64(physical));
        }
        assertEquals(machine.loadPhysical64(physical), machine.load64(virtual));
    }

    private static long expectedTranslation(Map<Long, Mapping> model, long virtual) {
        if (virtual >= 0 && virtual < 4L << 30) {
            return virtual; // the shared identity map
        }
        Mapping mapping = model.get(virtual & ~(PAGE - 1));
        return mapping == null ? AddressSpace.NOT_MAPPED : mapping.frame() + (virtual & (PAGE - 1));
    }

    /** @return the status map or protect must give for reasons other than the page's state */
    private static int refusal(long virtual, long flags) {
        boolean canonical = (virtual >> 47) == 0 || (virtual >> 47) == -1;
        if (!canonical || (virtual & (PAGE - 1)) != 0) {
            return AddressSpace.BAD_ADDRESS;
        }
        if (!isUserAddress(virtual)) {
            return AddressSpace.SHARED_RANGE;
        }
        if (!PageFlags.areMappingFlags(flags)) {
            return AddressSpace.BAD_FLAGS;
        }
        return AddressSpace.OK;
    }

    private static boolean isUserAddress(long virtual) {
        return virtual >= USER_START && virtual < USER_END;
    }

    private static FrameAllocator allocator() {
        MemoryMap map = new MemoryMap(4);
        map.addRegion(0, 32 * MIB, MemoryMap.AVAILABLE);
        map.reserve(0, 4 * MIB);
        FrameAllocator allocator = new BitmapFrameAllocator();
        allocator.init(map);
        return allocator;
    }
}
