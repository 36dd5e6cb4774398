package dev.moka.assembler.hosted;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moka.assembler.image.InitFsWriter;
import dev.moka.kernel.api.initfs.InitFsLayout;
import dev.moka.kernel.core.process.ByteSource;
import dev.moka.kernel.core.process.InitFs;
import dev.moka.kernel.core.process.InitFsException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The initfs the assembler writes is the initfs the kernel reads, and a damaged one is refused. */
class InitFsRoundTripTest {
    static byte[] sample() {
        return new InitFsWriter()
                .add("etc/init.rc", "echo hello\n".getBytes(StandardCharsets.US_ASCII), false)
                .add("bin/init", new byte[5000], true)
                .add("bin/cat", new byte[] {1, 2, 3}, true)
                .add("empty", new byte[0], false)
                .toBytes();
    }

    static byte[] text(InitFs fs, int index) {
        ByteSource data = fs.data(index);
        byte[] out = new byte[(int) data.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) data.u8(i);
        }
        return out;
    }

    @Test
    void whatIsWrittenIsRead() throws InitFsException {
        InitFs fs = InitFs.open(ByteSource.of(sample()));
        assertEquals(4, fs.count());
        assertEquals(List.of("bin/cat", "bin/init", "empty", "etc/init.rc"),
                List.of(fs.path(0), fs.path(1), fs.path(2), fs.path(3)));
        assertEquals("echo hello\n", new String(text(fs, fs.find("etc/init.rc")), StandardCharsets.US_ASCII));
        assertArrayEquals(new byte[] {1, 2, 3}, text(fs, fs.find("bin/cat")));
        assertEquals(5000, fs.data(fs.find("bin/init")).size());
        assertEquals(0, fs.data(fs.find("empty")).size());
        assertTrue(fs.executable(fs.find("bin/init")));
        assertFalse(fs.executable(fs.find("etc/init.rc")));
        assertEquals(-1, fs.find("bin"));
        assertEquals(-1, fs.find("nothing"));
        assertEquals(List.of("bin", "empty", "etc"), fs.list(""));
        assertEquals(List.of("cat", "init"), fs.list("bin"));
        assertTrue(fs.isDirectory("bin") && fs.isDirectory(""));
        assertFalse(fs.isDirectory("bin/cat") || fs.isDirectory("nowhere"));
    }

    @Test
    void fileDataStartsOnPageBoundariesAndTheBytesAreReproducible() {
        byte[] first = sample();
        assertArrayEquals(first, sample());
        ByteBuffer b = ByteBuffer.wrap(first).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < 4; i++) {
            assertEquals(0, b.getLong(InitFsLayout.HEADER_SIZE + i * InitFsLayout.ENTRY_SIZE) % InitFsLayout.DATA_ALIGNMENT);
        }
    }

    @Test
    void theWriterRefusesPathsTheKernelWouldRefuse() {
        for (String bad : List.of("", "/bin/init", "bin/", "a//b", "./a", "a/../b", "a b", "debug:x", "caf\u00e9")) {
            assertThrows(IllegalArgumentException.class, () -> new InitFsWriter().add(bad, new byte[1], false), bad);
        }
        assertThrows(IllegalArgumentException.class,
                () -> new InitFsWriter().add("a", new byte[1], false).add("a", new byte[1], false));
        assertThrows(IllegalArgumentException.class,
                () -> new InitFsWriter().add("a", new byte[1], false).add("a/b", new byte[1], false).toBytes());
    }

    static byte[] damaged(Consumer<ByteBuffer> edit) {
        byte[] bytes = sample();
        edit.accept(ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN));
        return bytes;
    }

    @Test
    void aDamagedInitFsIsRefusedWithWhatIsWrong() {
        int e0 = InitFsLayout.HEADER_SIZE;
        List<List<Object>> cases = List.of(
                List.of(damaged(b -> b.put(0, (byte) 'X')), "bad magic"),
                List.of(damaged(b -> b.putInt(8, 2)), "version 2, expected 1"),
                List.of(damaged(b -> b.putInt(12, 5000)), "5000 entries, more than 4096"),
                List.of(damaged(b -> b.putLong(16, 1)), "says it is 1 bytes long but is " + sample().length),
                List.of(damaged(b -> b.putInt(12, 4000)), "entry table runs past the end"),
                List.of(damaged(b -> b.putInt(e0 + 20, 0)), "entry 0: bad path bounds"),
                List.of(damaged(b -> b.putInt(e0 + 16, Integer.MAX_VALUE)), "entry 0: bad path bounds"),
                List.of(damaged(b -> b.putLong(e0, 4097)), "entry 0 (bin/cat): data outside the initfs or not page aligned"),
                List.of(damaged(b -> b.putLong(e0 + 8, Long.MAX_VALUE)), "entry 0 (bin/cat): data outside the initfs or not page aligned"),
                List.of(damaged(b -> b.putInt(e0 + 24, 7)), "entry 0 (bin/cat): unknown kind 7"),
                List.of(damaged(b -> b.put(b.getInt(e0 + 16), (byte) '/')), "entry 0: path \"/in/cat\" is not a clean relative path"),
                List.of(damaged(b -> b.put(b.getInt(e0 + 16), (byte) 'z')), "entry 1 (bin/init): paths not sorted or repeated"),
                List.of(new byte[10], "shorter than its header (10 bytes)"));
        for (List<Object> c : cases) {
            InitFsException e = assertThrows(InitFsException.class, () -> InitFs.open(ByteSource.of((byte[]) c.get(0))));
            assertEquals(c.get(1), e.getMessage());
        }
    }

    /** Damage anywhere in the header, entries and paths is refused or leaves every read inside the bytes. */
    @Property(tries = 2000)
    void damageNeverLeadsOutsideTheBytes(@ForAll @IntRange(min = 0, max = 200) int at, @ForAll byte value) {
        byte[] bytes = sample();
        bytes[at] = value;
        try {
            InitFs fs = InitFs.open(ByteSource.of(bytes));
            for (int i = 0; i < fs.count(); i++) {
                text(fs, i);
                assertEquals(i, fs.find(fs.path(i)));
            }
            fs.list("");
        } catch (InitFsException refused) {
            assertFalse(refused.getMessage().isEmpty());
        }
    }
}
