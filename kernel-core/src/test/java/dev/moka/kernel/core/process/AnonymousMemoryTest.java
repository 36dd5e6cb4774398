package dev.moka.kernel.core.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moka.kernel.api.mm.PageFlags;
import dev.moka.kernel.api.mm.UserAddressSpace;
import dev.moka.kernel.api.syscall.Errno;
import dev.moka.kernel.api.syscall.MapFlags;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** mmap and munmap over a space that counts its frames. */
class AnonymousMemoryTest {
    private static final long PAGE = 4096;
    private static final int RW = MapFlags.PROT_READ | MapFlags.PROT_WRITE;
    private static final int ANON = MapFlags.MAP_PRIVATE | MapFlags.MAP_ANONYMOUS;

    /** A user space of {@code frames} frames; pages map to flags. */
    static final class CountingSpace implements UserAddressSpace {
        final Map<Long, Long> pages = new HashMap<>();
        long frames;

        CountingSpace(long frames) {
            this.frames = frames;
        }

        @Override
        public long start() {
            return 0x80_0000_0000L;
        }

        @Override
        public long end() {
            return 0x8000_0000_0000L;
        }

        @Override
        public long root() {
            return 0x1000;
        }

        @Override
        public void activate() {
        }

        @Override
        public int allocate(long virtual, long flags) {
            if (frames == 0) {
                return -1;
            }
            if (pages.putIfAbsent(virtual, flags | PageFlags.USER) != null) {
                return -2;
            }
            frames--;
            return OK;
        }

        @Override
        public int release(long virtual) {
            if (pages.remove(virtual) == null) {
                return -3;
            }
            frames++;
            return OK;
        }

        @Override
        public int write(long virtual, byte[] bytes) {
            return OK;
        }

        @Override
        public long flags(long virtual) {
            return pages.getOrDefault(virtual & -PAGE, -1L);
        }

        @Override
        public int destroy() {
            return 0;
        }
    }

    private static final ProgramImage IMAGE = new ProgramImage(0x80_0000_1000L, 0x7FFF_FFFF_F000L,
            new long[] {0x80_0010_0000L, 0x80_0090_0000L, PageFlags.WRITABLE});

    @Test
    void mapsZeroedWritablePagesAndGivesBackOnlyItsOwn() {
        CountingSpace space = new CountingSpace(1000);
        space.allocate(0x80_0000_0000L, 0); // the executable's page
        AnonymousMemory memory = new AnonymousMemory(space, IMAGE, null);
        long at = memory.map(0, 10 * PAGE - 1, RW, ANON);
        assertEquals(AnonymousMemory.AREA_START, at);
        assertEquals(989, space.frames);
        assertEquals(PageFlags.USER | PageFlags.WRITABLE | PageFlags.NO_EXECUTE, space.flags(at + 9 * PAGE));
        long readOnly = memory.map(0, PAGE, MapFlags.PROT_READ, ANON);
        assertEquals(PageFlags.USER | PageFlags.NO_EXECUTE, space.flags(readOnly));
        assertEquals(0, memory.unmap(0x80_0000_0000L, 1L << 40), "a range with no mapping but the executable's pages");
        assertTrue(space.flags(0x80_0000_0000L) >= 0, "the executable's page stays");
        assertEquals(0, memory.unmap(at + 2 * PAGE, 3 * PAGE));
        assertEquals(991, space.frames);
        assertEquals(8 * PAGE, memory.mappedBytes());
        assertEquals(0, memory.unmap(AnonymousMemory.AREA_START, AnonymousMemory.AREA_END - AnonymousMemory.AREA_START));
        assertEquals(999, space.frames);
        assertEquals(0, memory.mappedBytes());
    }

    @Test
    void refusesWhatItDoesNotServe() {
        CountingSpace space = new CountingSpace(100);
        AnonymousMemory memory = new AnonymousMemory(space, IMAGE, null);
        assertEquals(-Errno.EINVAL, memory.map(0, 0, RW, ANON));
        assertEquals(-Errno.EINVAL, memory.map(0, -5, RW, ANON));
        assertEquals(-Errno.EINVAL, memory.map(PAGE + 1, PAGE, RW, ANON));
        assertEquals(-Errno.EINVAL, memory.map(0, PAGE, RW | MapFlags.PROT_EXEC, ANON));
        assertEquals(-Errno.EINVAL, memory.map(0, PAGE, 0, ANON));
        assertEquals(-Errno.EINVAL, memory.map(0, PAGE, RW, MapFlags.MAP_PRIVATE));
        assertEquals(-Errno.EINVAL, memory.map(0, PAGE, RW, MapFlags.MAP_ANONYMOUS));
        assertEquals(-Errno.EINVAL, memory.map(0, PAGE, RW, ANON | MapFlags.MAP_SHARED));
        assertEquals(-Errno.EINVAL, memory.map(0, PAGE, RW, ANON | 0x10));
        assertEquals(-Errno.ENOMEM, memory.map(0, 1L << 50, RW, ANON));
        assertEquals(-Errno.EINVAL, memory.unmap(AnonymousMemory.AREA_START + 1, PAGE));
        assertEquals(-Errno.EINVAL, memory.unmap(AnonymousMemory.AREA_START, 0));
        assertEquals(-Errno.EINVAL, memory.unmap(PAGE, PAGE), "below the user half");
        assertEquals(-Errno.EINVAL, memory.unmap(0x7FFF_FFFF_F000L, 2 * PAGE), "past its end");
        assertEquals(100, space.frames);
    }

    @Test
    void runningOutOfFramesKeepsNothing() {
        CountingSpace space = new CountingSpace(5);
        AnonymousMemory memory = new AnonymousMemory(space, IMAGE, null);
        assertEquals(-Errno.ENOMEM, memory.map(0, 8 * PAGE, RW, ANON));
        assertEquals(5, space.frames);
        assertTrue(space.pages.isEmpty());
        assertEquals(0, memory.mappedBytes());
        assertEquals(AnonymousMemory.AREA_START, memory.map(0, 5 * PAGE, RW, ANON), "the area was not taken either");
    }

    @Test
    void aPageTakenAlreadyFailsTheMappingWithoutLosingIt() {
        CountingSpace space = new CountingSpace(50);
        space.allocate(AnonymousMemory.AREA_START + 2 * PAGE, 0); // something else lives there
        AnonymousMemory memory = new AnonymousMemory(space, IMAGE, null);
        assertEquals(-Errno.ENOMEM, memory.map(0, 4 * PAGE, RW, ANON));
        assertEquals(49, space.frames);
        assertEquals(1, space.pages.size());
    }

    @Test
    void theZeroRangesOfTheExecutableAreNeverTaken() {
        CountingSpace space = new CountingSpace(50);
        ProgramImage image = new ProgramImage(0x80_0000_1000L, 0x7FFF_FFFF_F000L,
                new long[] {AnonymousMemory.AREA_START, AnonymousMemory.AREA_START + 16 * PAGE, PageFlags.WRITABLE});
        AnonymousMemory memory = new AnonymousMemory(space, image, null);
        assertEquals(-Errno.ENOMEM, memory.map(0, PAGE, RW, ANON));
        assertEquals(50, space.frames);
    }
}
