package dev.moka.testkit.scheme;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moka.kernel.api.syscall.Errno;
import dev.moka.kernel.api.syscall.OpenFlags;
import dev.moka.kernel.api.syscall.Stat;
import dev.moka.kernel.ipc.Caller;
import dev.moka.kernel.ipc.Scheme;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The rules of {@link Scheme}, each a method that drives one scheme and fails with an
 * {@link AssertionError} naming the rule it broke. {@link SchemeContract} calls them with generated
 * inputs; a test can call them directly. Every result of every call is checked to be a value or
 * {@code -errno} ({@code -4095..-1}). Reads and writes pass {@code O_NONBLOCK}, so no check ever
 * waits, whatever blocker the scheme was given.
 */
public final class SchemeChecks {
    private static final Caller CALLER = new Caller(1, 0, 0);
    private static final int NONBLOCK = OpenFlags.O_NONBLOCK;

    private final Scheme scheme;

    /** @param scheme the scheme under test, freshly made */
    public SchemeChecks(Scheme scheme) {
        this.scheme = scheme;
    }

    /** @return the scheme under test */
    public Scheme scheme() {
        return scheme;
    }

    private static long inRange(String call, long result) {
        assertTrue(result >= 0 || Errno.isError(result),
                () -> call + " returned " + result + ", which is neither a value nor -errno");
        return result;
    }

    private static void expect(String rule, long expected, long actual) {
        assertEquals(Errno.describe(expected), Errno.describe(actual), rule);
    }

    /**
     * @param path  a path
     * @param flags open flags
     * @return the scheme's result, checked to be in range
     */
    public long open(String path, int flags) {
        return inRange("open(\"" + path + "\")", scheme.open(path, flags, CALLER));
    }

    /**
     * @param path  a path
     * @param flags open flags
     * @return the handle, which must be one
     */
    public long openOk(String path, int flags) {
        long handle = open(path, flags);
        assertTrue(handle >= 0, () -> "open(\"" + path + "\", 0x" + Integer.toHexString(flags) + ") failed with "
                + Errno.describe(handle));
        return handle;
    }

    /**
     * @param handle   a handle
     * @param length   bytes asked for
     * @param position the position
     * @return the bytes read, or null when the read failed
     */
    public byte[] read(long handle, int length, long position) {
        byte[] buffer = new byte[length + 2];
        long n = inRange("read", scheme.read(handle, buffer, 1, length, position, NONBLOCK));
        if (n < 0) {
            return null;
        }
        assertTrue(n <= length, () -> "read returned " + n + " bytes for a buffer of " + length);
        return Arrays.copyOfRange(buffer, 1, 1 + (int) n);
    }

    /**
     * @param handle   a handle
     * @param bytes    what to write
     * @param position the position
     * @return the scheme's result
     */
    public long write(long handle, byte[] bytes, long position) {
        long n = inRange("write", scheme.write(handle, bytes, 0, bytes.length, position, NONBLOCK));
        assertTrue(n <= bytes.length, () -> "write claims " + n + " bytes of " + bytes.length);
        return n;
    }

    /**
     * @param handle a handle
     * @return its status, which fstat must give
     */
    public Stat stat(long handle) {
        byte[] out = new byte[Stat.SIZE + 8];
        Arrays.fill(out, (byte) 0x5A);
        expect("fstat of an open handle succeeds", 0, inRange("fstat", scheme.fstat(handle, out, 4)));
        assertEquals(0x5A, out[3] & 0xFF, "fstat wrote before its offset");
        assertEquals(0x5A, out[4 + Stat.SIZE] & 0xFF, "fstat wrote past Stat.SIZE");
        return Stat.decode(out, 4);
    }

    /**
     * @param handle a handle
     * @return its path within the scheme
     */
    public String path(long handle) {
        byte[] buffer = new byte[4096];
        long n = inRange("fpath", scheme.fpath(handle, buffer, 0, buffer.length));
        assertTrue(n >= 0, () -> "fpath of an open handle failed with " + Errno.describe(n));
        return new String(buffer, 0, (int) n, StandardCharsets.US_ASCII);
    }

    /**
     * @param handle a handle
     * @return 0, checked
     */
    public long close(long handle) {
        long result = inRange("close", scheme.close(handle));
        expect("close of an open handle succeeds", 0, result);
        return result;
    }

    /**
     * Every call on a handle that is not open gives {@code -EBADF}.
     *
     * @param handle a number the scheme has not handed out, or has closed
     */
    public void everyCallGivesEbadf(long handle) {
        byte[] buffer = new byte[Stat.SIZE];
        String of = " of handle " + handle + ", which is not open, gives EBADF";
        expect("read" + of, -Errno.EBADF, inRange("read", scheme.read(handle, buffer, 0, 8, 0, NONBLOCK)));
        expect("write" + of, -Errno.EBADF, inRange("write", scheme.write(handle, buffer, 0, 8, 0, NONBLOCK)));
        expect("fsize" + of, -Errno.EBADF, inRange("fsize", scheme.fsize(handle)));
        expect("fstat" + of, -Errno.EBADF, inRange("fstat", scheme.fstat(handle, buffer, 0)));
        expect("fpath" + of, -Errno.EBADF, inRange("fpath", scheme.fpath(handle, buffer, 0, buffer.length)));
        expect("dup" + of, -Errno.EBADF, inRange("dup", scheme.dup(handle, "write", CALLER)));
        expect("getdents" + of, -Errno.EBADF, inRange("getdents", scheme.getdents(handle, buffer, 0, buffer.length, 0)));
        expect("close" + of, -Errno.EBADF, inRange("close", scheme.close(handle)));
    }

    /**
     * A handle is valid until closed and never after.
     *
     * @param path a path that opens for reading
     */
    public void closedHandlesGiveEbadf(String path) {
        long handle = openOk(path, OpenFlags.O_RDONLY);
        stat(handle);
        close(handle);
        everyCallGivesEbadf(handle);
    }

    /** @param path a path with nothing at it: opening it gives {@code -ENOENT} */
    public void missingPathGivesEnoent(String path) {
        expect("open of the missing path \"" + path + "\"", -Errno.ENOENT, open(path, OpenFlags.O_RDONLY));
    }

    /**
     * The handle's status has a known type; {@code fpath} names something that opens again as the same type.
     *
     * @param path a path that opens for reading
     */
    public void fstatAndFpathDescribeTheHandle(String path) {
        long handle = openOk(path, OpenFlags.O_RDONLY);
        Stat stat = stat(handle);
        int type = stat.type();
        assertTrue(type == Stat.MODE_FILE || type == Stat.MODE_DIR || type == Stat.MODE_CHR || type == Stat.MODE_FIFO
                || type == Stat.MODE_SYMLINK, () -> "fstat gave mode 0x" + Integer.toHexString(stat.mode()));
        if (type == Stat.MODE_FILE) {
            expect("a file's fstat size is its fsize", inRange("fsize", scheme.fsize(handle)), stat.size());
        }
        String canonical = path(handle);
        long again = openOk(canonical, OpenFlags.O_RDONLY);
        assertEquals(type, stat(again).type(), () -> "fpath \"" + canonical + "\" opens something of another type");
        close(again);
        close(handle);
    }

    /**
     * Reads everything from a file in chunks, moving the position as the kernel would.
     *
     * @param handle a handle on a file
     * @param chunk  bytes per read
     * @return the bytes up to the first read that returned 0
     */
    public byte[] readWhole(long handle, int chunk) {
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        long size = scheme.fsize(handle);
        long limit = Math.max(1 << 22, 2 * size);
        while (true) {
            byte[] bytes = read(handle, chunk, whole.size());
            assertTrue(bytes != null, "a read of a file at a position below its end fails");
            if (bytes.length == 0) {
                return whole.toByteArray();
            }
            whole.write(bytes, 0, bytes.length);
            assertTrue(whole.size() <= limit, "a file read never ends");
        }
    }

    /**
     * A file reads the same however it is cut: the bytes up to the end number {@code fsize}, a read at
     * any position gives the bytes from there, a read at or past the end gives 0.
     *
     * @param path   a path that opens, for reading, a regular file
     * @param chunk  bytes per read, at least 1
     * @param offset where to start one more read
     */
    public void fileReadsAreConsistent(String path, int chunk, long offset) {
        long handle = openOk(path, OpenFlags.O_RDONLY);
        if (stat(handle).type() != Stat.MODE_FILE) {
            close(handle);
            return;
        }
        byte[] whole = readWhole(handle, chunk);
        expect("the bytes read up to the end of \"" + path + "\" number its fsize", whole.length,
                inRange("fsize", scheme.fsize(handle)));
        long position = Math.min(offset, whole.length + 3L);
        byte[] from = read(handle, whole.length + 8, position);
        byte[] expected = position >= whole.length ? new byte[0] : Arrays.copyOfRange(whole, (int) position, whole.length);
        assertArrayEquals(expected, from, () -> "a read at " + position + " of \"" + path + "\" is not the bytes from there");
        close(handle);
    }

    /**
     * Writes read back: after each write, the file is what the writes so far make, with zeros in any
     * gap, and {@code fsize} its length.
     *
     * @param path   a path the scheme creates with {@code O_CREAT}
     * @param writes the writes, in order
     */
    public void writesReadBack(String path, List<FileWrite> writes) {
        long handle = openOk(path, OpenFlags.O_CREAT | OpenFlags.O_TRUNC | OpenFlags.O_RDWR);
        expect("a file just truncated is empty", 0, inRange("fsize", scheme.fsize(handle)));
        byte[] model = new byte[0];
        for (FileWrite w : writes) {
            expect("a write of " + w + " takes every byte", w.bytes().length, write(handle, w.bytes(), w.position()));
            int end = (int) w.position() + w.bytes().length;
            if (end > model.length) {
                model = Arrays.copyOf(model, end);
            }
            System.arraycopy(w.bytes(), 0, model, (int) w.position(), w.bytes().length);
            byte[] expected = model;
            assertArrayEquals(expected, readWhole(handle, 97), () -> "after " + w + " the file reads otherwise");
            expect("fsize after " + w, expected.length, inRange("fsize", scheme.fsize(handle)));
        }
        close(handle);
        long again = openOk(path, OpenFlags.O_RDONLY);
        assertArrayEquals(model, readWhole(again, 4096), "a new handle reads what the old one wrote");
        close(again);
    }

    /**
     * Lists a directory completely through a buffer of the given size.
     *
     * @param directory a path that opens as a directory
     * @param room      the buffer size for each {@code getdents}
     * @return the names, in the order listed
     */
    public List<String> list(String directory, int room) {
        long handle = openOk(directory, OpenFlags.O_RDONLY | OpenFlags.O_DIRECTORY);
        List<String> names = new ArrayList<>();
        byte[] buffer = new byte[room];
        while (true) {
            long n = inRange("getdents", scheme.getdents(handle, buffer, 0, room, names.size()));
            if (n == -Errno.EINVAL) {
                room *= 2;
                buffer = new byte[room];
                continue;
            }
            long got = n;
            assertTrue(n >= 0, () -> "getdents failed with " + Errno.describe(got));
            if (n == 0) {
                break;
            }
            assertEquals('\n', buffer[(int) n - 1], "getdents ends with a whole entry");
            String text = new String(buffer, 0, (int) n, StandardCharsets.US_ASCII);
            names.addAll(Arrays.asList(text.substring(0, text.length() - 1).split("\n", -1)));
            assertTrue(names.size() < 100_000, "a listing never ends");
        }
        close(handle);
        return names;
    }

    /**
     * What is created shows in its directory's listing, once, beside what was there.
     *
     * @param directory a directory the scheme creates files in
     * @param names     new names, all different, of printable ASCII without {@code '/'}
     * @param room      the buffer size for each {@code getdents}
     */
    public void listingShowsWhatWasCreated(String directory, List<String> names, int room) {
        List<String> before = list(directory, 4096);
        String prefix = directory.isEmpty() ? "" : directory + "/";
        for (String name : names) {
            close(openOk(prefix + name, OpenFlags.O_CREAT | OpenFlags.O_WRONLY));
        }
        List<String> after = list(directory, room);
        List<String> expected = new ArrayList<>(before);
        for (String name : names) {
            if (!expected.contains(name)) {
                expected.add(name);
            }
        }
        List<String> sortedAfter = new ArrayList<>(after);
        sortedAfter.sort(null);
        expected.sort(null);
        assertEquals(expected, sortedAfter, "the listing after creating " + names);
    }

    /**
     * A stream keeps order: reads give back exactly the bytes written, in order, none twice, none lost.
     *
     * @param pair   joined handles
     * @param writes sizes of writes
     * @param reads  sizes of reads, taken in turn with the writes
     */
    public void streamKeepsOrder(StreamPair pair, List<Integer> writes, List<Integer> reads) {
        ByteArrayOutputStream sent = new ByteArrayOutputStream();
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        int next = 0;
        for (int i = 0; i < Math.max(writes.size(), reads.size()); i++) {
            if (i < writes.size()) {
                byte[] bytes = new byte[writes.get(i)];
                for (int b = 0; b < bytes.length; b++) {
                    bytes[b] = (byte) (next + b);
                }
                long n = write(pair.writer(), bytes, 0);
                assertTrue(n >= 0 || n == -Errno.EAGAIN, () -> "a write to a stream with a reader failed with "
                        + Errno.describe(n));
                if (n > 0) {
                    sent.write(bytes, 0, (int) n);
                    next += (int) n;
                }
            }
            if (i < reads.size()) {
                readInto(pair.reader(), reads.get(i), received);
            }
        }
        while (readInto(pair.reader(), 4096, received) > 0) {
            assertTrue(received.size() <= sent.size(), "a stream gives more bytes than were written");
        }
        assertArrayEquals(sent.toByteArray(), received.toByteArray(), "a stream gives back what was written, in order");
    }

    private long readInto(long reader, int length, ByteArrayOutputStream into) {
        byte[] bytes = read(reader, length, 0);
        if (bytes == null) {
            return 0;
        }
        into.write(bytes, 0, bytes.length);
        return bytes.length;
    }

    /**
     * A stream ends for its reader once the writer is closed and drained, and breaks for its writer once
     * the reader is closed.
     *
     * @param pair    joined handles
     * @param newPair another joined pair of the same scheme
     */
    public void streamEndsAndBreaks(StreamPair pair, StreamPair newPair) {
        expect("a read of an empty stream whose writer is open does not end", -Errno.EAGAIN,
                inRange("read", scheme.read(pair.reader(), new byte[4], 0, 4, 0, NONBLOCK)));
        write(pair.writer(), new byte[] {1, 2, 3}, 0);
        close(pair.writer());
        assertArrayEquals(new byte[] {1, 2, 3}, read(pair.reader(), 8, 0), "bytes written before the close are read");
        assertArrayEquals(new byte[0], read(pair.reader(), 8, 0), "a drained stream whose writer closed ends");
        close(pair.reader());
        everyCallGivesEbadf(pair.reader());

        close(newPair.reader());
        expect("a write to a stream nobody can read is a broken pipe", -Errno.EPIPE,
                inRange("write", scheme.write(newPair.writer(), new byte[] {1}, 0, 1, 0, NONBLOCK)));
        close(newPair.writer());
    }
}
