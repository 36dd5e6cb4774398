package dev.moka.drivers.x86;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moka.kernel.api.boot.KernelImage;
import dev.moka.kernel.api.boot.MemoryMap;
import dev.moka.kernel.api.mm.FrameAllocator;
import dev.moka.kernel.api.mm.PageFlags;
import dev.moka.kernel.api.mm.PageTableFormat;
import dev.moka.kernel.api.mm.PagingCheck;
import dev.moka.kernel.api.mm.PagingProvider;
import dev.moka.kernel.api.mm.PhysicalMemory;
import dev.moka.kernel.api.mm.StackSpace;
import dev.moka.kernel.api.sched.Scheduler;
import dev.moka.kernel.api.sched.Task;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The whole hand-over from a Multiboot structure to the generic kernel, on the fake machine. */
class X86BootTest extends MagicTestBase {
    private static final long INFO = 0x9000;
    private static final long MMAP = 0x9100;
    private static final long MIB = 1L << 20;

    /** A plain FIFO policy, enough for the kernel's scheduler self-test. */
    private static class FifoScheduler implements Scheduler {
        private final ArrayDeque<Task> queue = new ArrayDeque<>();

        @Override public String name() { return "fifo"; }
        @Override public void enqueue(Task task) { queue.addLast(task); }
        @Override public void dequeue(Task task) { queue.remove(task); }
        @Override public Task pickNext() { return queue.peekFirst(); }
        @Override public boolean tick(Task running) { return false; }

        @Override
        public void yield(Task running) {
            queue.remove(running);
            queue.addLast(running);
        }
    }

    /** Hands out usable frames upwards from the first MiB; enough for the kernel's frame self-test. */
    private static final class CountingAllocator implements FrameAllocator {
        private final Set<Long> taken = new HashSet<>();
        private MemoryMap map;

        @Override public String name() { return "counting"; }
        @Override public void init(MemoryMap memoryMap) { map = memoryMap; }

        @Override
        public long allocate() {
            for (long frame = MIB; frame < (64 * MIB); frame += FRAME_SIZE) {
                if (map.isUsable(frame) && map.isUsable(frame + FRAME_SIZE - 1) && taken.add(frame)) {
                    return frame;
                }
            }
            return OUT_OF_MEMORY;
        }

        @Override public boolean free(long address) { return taken.remove(address); }
        @Override public long freeFrames() { return 1000 - taken.size(); }
        @Override public long totalFrames() { return 1000; }
    }

    private void writeInfo(long ram) {
        long[][] entries = {{0, 0x9FC00, 1}, {MIB, ram - MIB, 1}};
        long at = MMAP;
        for (long[] entry : entries) {
            machine.store32(at, 20);
            machine.store64(at + 4, entry[0]);
            machine.store64(at + 12, entry[1]);
            machine.store32(at + 20, (int) entry[2]);
            at += 24;
        }
        machine.store32(INFO, 0x40);
        machine.store32(INFO + 44, (int) (at - MMAP));
        machine.store32(INFO + 48, (int) MMAP);
    }

    /**
     * A paging check that reads the boot tables through what the arch pack hands it: the PML4's first
     * entry must point to the PDPT at 0x2000, present and writable, and its first entry must map the
     * first GiB as one huge page. It records the stack range the kernel asks it to map and maps none.
     */
    private static final class BootTablesCheck implements PagingProvider {
        long stackStart;
        long stackEnd;
        PageTableFormat stackFormat;

        @Override
        public StackSpace newStackSpace(PageTableFormat format, PhysicalMemory memory, FrameAllocator frames,
                                        long start, long end) {
            stackFormat = format;
            stackStart = start;
            stackEnd = end;
            return null;
        }

        @Override
        public PagingCheck newCheck(PageTableFormat format, PhysicalMemory memory) {
            return frames -> {
                long pml4Entry = memory.read64(memory.activeRoot());
                long pdptEntry = memory.read64(format.decodeAddress(pml4Entry));
                if (format.decodeAddress(pml4Entry) != 0x2000
                        || format.decodeFlags(pml4Entry) != (PageFlags.PRESENT | PageFlags.WRITABLE)) {
                    return "PML4 entry " + PageFlags.describe(format.decodeFlags(pml4Entry));
                }
                if (format.decodeFlags(pdptEntry) != (PageFlags.PRESENT | PageFlags.WRITABLE | PageFlags.HUGE)) {
                    return "PDPT entry " + PageFlags.describe(format.decodeFlags(pdptEntry));
                }
                return null;
            };
        }
    }

    @Test
    void bootsTheKernelAndExitsWithSuccess() {
        writeInfo(16 * MIB);
        machine.identityMapFirst4GiB();
        BootTablesCheck paging = new BootTablesCheck();
        FakeMachine.Exit exit = assertThrows(FakeMachine.Exit.class, () -> X86Boot.start(INFO, MIB, 2 * MIB,
                new KernelImage("9.9-test", new FifoScheduler(), new CountingAllocator(), null, paging)));
        assertEquals(X86ArchPack.EXIT_SUCCESS, exit.value);
        assertEquals(X86StackRange.START, paging.stackStart, "the kernel maps thread stacks in the arch pack's range");
        assertEquals(X86StackRange.END, paging.stackEnd);
        assertTrue(paging.stackFormat instanceof X86PageTableFormat, "over the arch pack's page-table format");
        long usableKiB = (0x9FC00 + 15 * MIB) / 1024;
        assertEquals("Moka 9.9-test\nscheduler: fifo\nframe allocator: counting\nmemory: " + usableKiB
                + " KiB usable\nframes: 1000 free of 1000\npaging: ok\n", machine.serialText());
        assertEquals(0x1000, machine.pageTableRoot, "boot tables active");
    }

    @Test
    void aFailedPagingCheckIsReportedAndExitsWithFailure() {
        writeInfo(16 * MIB);
        machine.identityMapFirst4GiB();
        machine.store64(0x2000, 0x87); // the first GiB open to user mode: U/S besides P, R/W and PS
        FakeMachine.Exit exit = assertThrows(FakeMachine.Exit.class, () -> X86Boot.start(INFO, MIB, 2 * MIB,
                new KernelImage("1", new FifoScheduler(), new CountingAllocator(), null, new BootTablesCheck())));
        assertEquals(X86ArchPack.EXIT_FAILURE, exit.value);
        assertTrue(machine.serialText().endsWith("\npaging: failed PDPT entry present|writable|user|huge\n"), machine.serialText());
    }

    @Test
    void anImageWithoutAPagingCheckSkipsIt() {
        writeInfo(16 * MIB);
        FakeMachine.Exit exit = assertThrows(FakeMachine.Exit.class, () ->
                X86Boot.start(INFO, MIB, 2 * MIB, new KernelImage("1", new FifoScheduler(), new CountingAllocator(), null)));
        assertEquals(X86ArchPack.EXIT_SUCCESS, exit.value);
        assertTrue(machine.serialText().endsWith("\nframes: 1000 free of 1000\n"), machine.serialText());
    }

    @Test
    void aFailingSelfTestPanicsAndExitsWithFailure() {
        writeInfo(16 * MIB);
        Scheduler forgetful = new FifoScheduler() {
            @Override public Task pickNext() { return null; }
        };
        FakeMachine.Exit exit = assertThrows(FakeMachine.Exit.class, () ->
                X86Boot.start(INFO, MIB, 2 * MIB, new KernelImage("1", forgetful, new CountingAllocator(), null)));
        assertEquals(X86ArchPack.EXIT_FAILURE, exit.value);
        assertEquals("Moka 1\nscheduler: fifo\npanic: scheduler self-test failed: picked a task that is not runnable\n",
                machine.serialText());
    }
}
