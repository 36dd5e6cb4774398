package dev.moka.kernel.core.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import java.util.function.Consumer;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ElfExecutableTest {
    static final long USER_START = 512L << 30;
    static final long USER_END = 1L << 46;
    static final long TEXT = USER_START + 0x1000;

    /** A valid executable: a code segment with the entry and a data segment with bss after it. */
    static byte[] valid() {
        return elf(b -> {
        });
    }

    /** The valid executable with {@code edit} applied to its bytes (little-endian, 0x1000 + 0x20 long). */
    static byte[] elf(Consumer<ByteBuffer> edit) {
        ByteBuffer b = ByteBuffer.allocate(0x3000).order(ByteOrder.LITTLE_ENDIAN);
        b.put(0, (byte) 0x7f).put(1, (byte) 'E').put(2, (byte) 'L').put(3, (byte) 'F');
        b.put(4, (byte) 2).put(5, (byte) 1).put(6, (byte) 1);
        b.putShort(16, (short) 2).putShort(18, (short) 62).putInt(20, 1);
        b.putLong(24, TEXT + 0x10);
        b.putLong(32, 64);
        b.putShort(52, (short) 64).putShort(54, (short) 56).putShort(56, (short) 2);
        programHeader(b, 64, 1 | 4, 0x1000, TEXT, 0x800, 0x800);
        programHeader(b, 120, 2 | 4, 0x2000, TEXT + 0x1000, 0x100, 0x5000);
        edit.accept(b);
        return b.array();
    }

    static void programHeader(ByteBuffer b, int at, int flags, long offset, long address, long fileSize, long memorySize) {
        b.putInt(at, 1).putInt(at + 4, flags).putLong(at + 8, offset).putLong(at + 16, address)
                .putLong(at + 24, address).putLong(at + 32, fileSize).putLong(at + 40, memorySize).putLong(at + 48, 0x1000);
    }

    @Test
    void aValidExecutableGivesItsSegmentsAndEntry() throws ExecutableException {
        ElfExecutable exe = ElfExecutable.parse(ByteSource.of(valid()), USER_START, USER_END);
        assertEquals(TEXT + 0x10, exe.entry());
        assertEquals(List.of(new LoadSegment(TEXT, 0x800, 0x1000, 0x800, false, true),
                new LoadSegment(TEXT + 0x1000, 0x5000, 0x2000, 0x100, true, false)), exe.segments());
    }

    record Case(String name, Consumer<ByteBuffer> edit, String message) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Case> malformed() {
        return List.of(
                new Case("bad magic", b -> b.put(1, (byte) 'X'), "not an ELF file (bad magic)"),
                new Case("32-bit", b -> b.put(4, (byte) 1), "not a little-endian ELF64 file of version 1"),
                new Case("shared object", b -> b.putShort(16, (short) 3), "not an executable (type 3)"),
                new Case("arm64", b -> b.putShort(18, (short) 183), "not for x86_64 (machine 183)"),
                new Case("no program headers", b -> b.putShort(56, (short) 0), "no program headers"),
                new Case("odd header size", b -> b.putShort(54, (short) 32), "bad program header table (2 entries of 32 bytes)"),
                new Case("table past the end", b -> b.putLong(32, 0x2ff0), "program header table outside the file"),
                new Case("huge table offset", b -> b.putLong(32, Long.MAX_VALUE), "program header table outside the file"),
                new Case("bytes past the end", b -> b.putLong(64 + 32, 0x3000), "segment 0: its bytes lie outside the file"),
                new Case("offset overflows", b -> b.putLong(64 + 8, -0x1000L + 0x0), "segment 0: its bytes lie outside the file"),
                new Case("file larger than memory", b -> b.putLong(120 + 32, 0x6000), "segment 1: its bytes lie outside the file"),
                new Case("file above memory size", b -> b.putLong(120 + 40, 0x80), "segment 1: more bytes in the file than in memory"),
                new Case("misaligned", b -> b.putLong(64 + 16, TEXT + 8), "segment 0: address and file offset differ within a page"),
                new Case("kernel address", b -> b.putLong(64 + 16, 0x100000L).putLong(24, 0x100010L),
                        "segment 0: 0x100000 + 0x800 is outside the user range"),
                new Case("wraps around", b -> b.putLong(120 + 40, -0x1000L),
                        "segment 1: 0x8000002000 + 0xfffffffffffff000 is outside the user range"),
                new Case("past the user end", b -> b.putLong(120 + 16, USER_END - 0x1000),
                        "segment 1: 0x3ffffffff000 + 0x5000 is outside the user range"),
                new Case("overlapping", b -> b.putLong(120 + 16, TEXT).putLong(120 + 8, 0x2000),
                        "segment 1: overlaps or precedes the page of the segment before it"),
                new Case("entry in data", b -> b.putLong(24, TEXT + 0x1000), "entry point 0x8000002000 is not in an executable segment"),
                new Case("entry nowhere", b -> b.putLong(24, 0), "entry point 0x0 is not in an executable segment"),
                new Case("no load segment", b -> b.putInt(64, 4).putInt(120, 4), "no loadable segment"));
    }

    @ParameterizedTest
    @MethodSource("malformed")
    void aMalformedExecutableIsRefusedWithWhatIsWrong(Case c) {
        ExecutableException e = assertThrows(ExecutableException.class,
                () -> ElfExecutable.parse(ByteSource.of(elf(c.edit())), USER_START, USER_END));
        assertEquals(c.message(), e.getMessage());
    }

    @Test
    void aTruncatedFileIsRefused() {
        byte[] whole = valid();
        for (int length = 0; length < 0x1800; length += 7) {
            byte[] cut = java.util.Arrays.copyOf(whole, length);
            assertThrows(ExecutableException.class, () -> ElfExecutable.parse(ByteSource.of(cut), USER_START, USER_END));
        }
    }

    /** Any corruption either is refused or still yields segments that lie in the file and the user range. */
    @Property(tries = 3000)
    void corruptedFilesNeverEscapeTheFileOrTheUserRange(@ForAll @IntRange(min = 0, max = 175) int at,
            @ForAll byte value, @ForAll @IntRange(min = 0, max = 175) int at2, @ForAll byte value2) {
        byte[] file = valid();
        file[at] = value;
        file[at2] = value2;
        try {
            ElfExecutable exe = ElfExecutable.parse(ByteSource.of(file), USER_START, USER_END);
            for (LoadSegment s : exe.segments()) {
                assertTrue(s.fileOffset() >= 0 && s.fileOffset() + s.fileSize() <= file.length, s.toString());
                assertTrue(s.address() >= USER_START && s.end() <= USER_END && s.end() > s.address(), s.toString());
                assertTrue(s.fileSize() <= s.memorySize(), s.toString());
            }
        } catch (ExecutableException refused) {
            assertTrue(!refused.getMessage().isEmpty());
        }
    }
}
