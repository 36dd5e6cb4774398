package dev.moka.testkit.scheme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moka.kernel.api.syscall.Errno;
import dev.moka.kernel.api.syscall.OpenFlags;
import dev.moka.kernel.ipc.Caller;
import dev.moka.kernel.ipc.Scheme;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * The contract of a file-like {@link Scheme}, as jqwik properties. A scheme's test extends this
 * class, supplies {@link #newScheme()} and {@link #readablePaths()}, and declares with the other hooks
 * what more the scheme does; each property runs on a fresh scheme.
 *
 * <p>What every scheme is held to:
 * <ul>
 *   <li>every result of every call is a value or {@code -errno}, whatever the calls
 *       ({@link #randomCallsStayInRangeAndHandlesCloseOnce});</li>
 *   <li>a handle never handed out, or closed, gives {@code -EBADF} to every call, and a handle closes
 *       once ({@link #closedAndUnknownHandlesGiveEbadf});</li>
 *   <li>a missing path gives {@code -ENOENT} ({@link #missingPathGivesEnoent});</li>
 *   <li>{@code fstat} gives a known file type, and {@code fpath} a path that opens the same type
 *       again ({@link #fstatAndFpathDescribeTheHandle});</li>
 *   <li>a regular file reads the same however it is cut, ends at {@code fsize}, and gives 0 at or
 *       past its end ({@link #regularFilesReadConsistently}).</li>
 * </ul>
 * and, by capability:
 * <table>
 *   <caption>Hooks</caption>
 *   <tr><th>hook</th><th>default</th><th>enables</th></tr>
 *   <tr><td>{@link #missingPath()}</td><td>{@code "moka-kit-missing"}</td><td>ENOENT for it; null if every path exists</td></tr>
 *   <tr><td>{@link #creatableDirectory()}</td><td>null: creates nothing</td><td>reads after writes at
 *       offsets, and listing after create, in that directory</td></tr>
 *   <tr><td>{@link #openStreamPair(SchemeChecks)}</td><td>null: no streams</td><td>order through a
 *       stream, its end once the writer closes, EPIPE once the reader closes</td></tr>
 * </table>
 * A property whose capability the scheme lacks passes without calling it. The kit never lets a call
 * wait: reads and writes carry {@code O_NONBLOCK}.
 */
public abstract class SchemeContract {
    private static final int[] OPEN_FLAGS = {OpenFlags.O_RDONLY, OpenFlags.O_WRONLY, OpenFlags.O_RDWR,
        OpenFlags.O_CREAT | OpenFlags.O_RDWR, OpenFlags.O_DIRECTORY | OpenFlags.O_RDONLY,
        OpenFlags.O_TRUNC | OpenFlags.O_WRONLY, OpenFlags.O_CREAT | OpenFlags.O_EXCL | OpenFlags.O_WRONLY, 0};

    /** @return a new scheme in its initial state */
    protected abstract Scheme newScheme();

    /** @return paths that open for reading on a new scheme (the root, files, devices), at least one */
    protected abstract List<String> readablePaths();

    /** @return a path with nothing at it on a new scheme, or null when every path opens */
    protected String missingPath() {
        return "moka-kit-missing";
    }

    /** @return a directory, existing on a new scheme, where the scheme creates files ({@code ""} for the root); null if it creates nothing */
    protected String creatableDirectory() {
        return null;
    }

    /**
     * @param checks checks over a new scheme
     * @return two joined handles of a stream on that scheme, or null when the scheme has no streams
     */
    protected StreamPair openStreamPair(SchemeChecks checks) {
        return null;
    }

    private SchemeChecks fresh() {
        return new SchemeChecks(newScheme());
    }

    @Provide
    Arbitrary<String> readable() {
        List<String> paths = readablePaths();
        assertTrue(!paths.isEmpty(), "readablePaths() names at least one path");
        return Arbitraries.of(paths);
    }

    /** Numbers never handed out give EBADF; a handle is valid until closed, then gives EBADF. */
    @Property(tries = 60)
    void closedAndUnknownHandlesGiveEbadf(@ForAll("readable") String path, @ForAll @LongRange(min = -3, max = 5000) long stranger) {
        SchemeChecks checks = fresh();
        checks.everyCallGivesEbadf(stranger);
        checks.everyCallGivesEbadf(Long.MAX_VALUE);
        checks.closedHandlesGiveEbadf(path);
    }

    /** A path with nothing at it gives ENOENT. */
    @Example
    void missingPathGivesEnoent() {
        String missing = missingPath();
        if (missing != null) {
            fresh().missingPathGivesEnoent(missing);
        }
    }

    /** fstat gives a known type; fpath names something that opens as the same type. */
    @Property(tries = 30)
    void fstatAndFpathDescribeTheHandle(@ForAll("readable") String path) {
        fresh().fstatAndFpathDescribeTheHandle(path);
    }

    /** A regular file reads the same in any chunks, ends at its fsize, and gives 0 at or past the end. */
    @Property(tries = 60)
    void regularFilesReadConsistently(@ForAll("readable") String path, @ForAll @IntRange(min = 1, max = 300) int chunk,
            @ForAll @LongRange(min = 0, max = 5000) long offset) {
        fresh().fileReadsAreConsistent(path, chunk, offset);
    }

    @Provide
    Arbitrary<List<FileWrite>> writes() {
        Arbitrary<byte[]> bytes = Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(600);
        Arbitrary<Long> position = Arbitraries.longs().between(0, 3000);
        return Combinators.combine(position, bytes).as(FileWrite::new).list().ofMinSize(1).ofMaxSize(12);
    }

    /** Writes at any positions read back as a model of the file says, gaps as zeros. */
    @Property(tries = 60)
    void readsAfterWrites(@ForAll("writes") List<FileWrite> writes) {
        String directory = creatableDirectory();
        if (directory != null) {
            fresh().writesReadBack(child(directory, "moka-kit-file"), writes);
        }
    }

    @Provide
    Arbitrary<List<String>> names() {
        return Arbitraries.strings().withCharRange('a', 'z').numeric().withChars('.', '-', '_').ofMinLength(1)
                .ofMaxLength(24).filter(name -> !name.equals(".") && !name.equals(".."))
                .list().uniqueElements().ofMaxSize(30);
    }

    /** What is created shows in its directory's listing, once, however small the listing buffer. */
    @Property(tries = 40)
    void listingShowsWhatWasCreated(@ForAll("names") List<String> names, @ForAll @IntRange(min = 1, max = 80) int room) {
        String directory = creatableDirectory();
        if (directory != null) {
            fresh().listingShowsWhatWasCreated(directory, names, room);
        }
    }

    @Provide
    Arbitrary<List<Integer>> sizes() {
        return Arbitraries.oneOf(Arbitraries.integers().between(0, 50), Arbitraries.integers().between(0, 5000))
                .list().ofMaxSize(25);
    }

    /** A stream gives back what was written, in order, whatever the sizes of writes and reads. */
    @Property(tries = 60)
    void streamsKeepOrder(@ForAll("sizes") List<Integer> writes, @ForAll("sizes") List<Integer> reads) {
        SchemeChecks checks = fresh();
        StreamPair pair = openStreamPair(checks);
        if (pair != null) {
            checks.streamKeepsOrder(pair, writes, reads);
        }
    }

    /** A stream ends once its writer is closed and drained, and breaks once its reader is closed. */
    @Example
    void streamsEndAndBreak() {
        SchemeChecks checks = fresh();
        StreamPair pair = openStreamPair(checks);
        if (pair != null) {
            checks.streamEndsAndBreaks(pair, openStreamPair(checks));
        }
    }

    /** One random call: what, on which path or handle, with what. */
    record Call(int kind, int path, int flags, int handle, int length, long position) {
    }

    @Provide
    Arbitrary<List<Call>> calls() {
        Arbitrary<Call> call = Combinators.combine(Arbitraries.integers().between(0, 8), Arbitraries.integers().between(0, 9),
                Arbitraries.integers().between(0, OPEN_FLAGS.length - 1), Arbitraries.integers().between(0, 12),
                Arbitraries.integers().between(0, 300), Arbitraries.longs().between(0, 400)).as(Call::new);
        return call.list().ofMinSize(1).ofMaxSize(50);
    }

    /**
     * Random opens, reads, writes, sizes, stats, paths, dups, listings and closes, on open, closed and
     * never-issued handles: every result is a value or -errno, and every handle still open at the end
     * closes exactly once.
     */
    @Property(tries = 100)
    void randomCallsStayInRangeAndHandlesCloseOnce(@ForAll("calls") List<Call> calls) {
        SchemeChecks checks = fresh();
        Scheme scheme = checks.scheme();
        List<String> paths = new ArrayList<>(readablePaths());
        if (missingPath() != null) {
            paths.add(missingPath());
        }
        if (creatableDirectory() != null) {
            paths.add(child(creatableDirectory(), "moka-kit-a"));
            paths.add(child(creatableDirectory(), "moka-kit-b"));
        }
        List<Long> open = new ArrayList<>();
        List<Long> closed = new ArrayList<>();
        byte[] buffer = new byte[512];
        for (Call call : calls) {
            long handle = pick(call.handle(), open, closed);
            long result = switch (call.kind()) {
                case 0 -> checks.open(paths.get(call.path() % paths.size()), OPEN_FLAGS[call.flags()]);
                case 1 -> scheme.read(handle, buffer, 0, call.length(), call.position(), OpenFlags.O_NONBLOCK);
                case 2 -> scheme.write(handle, buffer, 0, call.length(), call.position(), OpenFlags.O_NONBLOCK);
                case 3 -> scheme.fsize(handle);
                case 4 -> scheme.fstat(handle, buffer, 0);
                case 5 -> scheme.fpath(handle, buffer, 0, call.length());
                case 6 -> scheme.dup(handle, call.length() % 2 == 0 ? "write" : "read", new Caller(1, 0, 0));
                case 7 -> scheme.getdents(handle, buffer, 0, call.length(), call.position() % 8);
                default -> scheme.close(handle);
            };
            assertTrue(result >= 0 || Errno.isError(result),
                    () -> call + " on handle " + handle + " returned " + result);
            if ((call.kind() == 0 || call.kind() == 6) && result >= 0) {
                assertTrue(!open.contains(result), () -> "handle " + result + " was handed out while open");
                open.add(result);
                closed.remove(result);
            } else if (call.kind() == 8 && open.remove(handle)) {
                assertEquals(0, result, "closing an open handle succeeds");
                closed.add(handle);
            }
        }
        for (long handle : open) {
            checks.close(handle);
            checks.everyCallGivesEbadf(handle);
        }
    }

    /** An open handle, a closed one, or a number never handed out. */
    private static long pick(int pick, List<Long> open, List<Long> closed) {
        if (pick < 8 && !open.isEmpty()) {
            return open.get(pick % open.size());
        }
        if (pick < 11 && !closed.isEmpty()) {
            return closed.get(pick % closed.size());
        }
        return 1_000_000 + pick;
    }

    private static String child(String directory, String name) {
        return directory.isEmpty() ? name : directory + "/" + name;
    }
}
