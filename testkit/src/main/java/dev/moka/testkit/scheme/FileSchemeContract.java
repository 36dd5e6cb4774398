package dev.moka.testkit.scheme;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moka.kernel.api.syscall.Errno;
import dev.moka.kernel.api.syscall.OpenFlags;
import dev.moka.kernel.ipc.Caller;
import dev.moka.kernel.ipc.Scheme;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A file system's POSIX shape, checked by random chains of calls against a model: reads after
 * writes at any offsets (zeros in gaps), the end of a file at its size, truncation, a listing after
 * creating, renaming and unlinking names, a file that stays readable through its handles after its
 * name is gone, and {@code EBADF} after close. For schemes with {@code unlink} and {@code frename}
 * (a test extends this class and names the scheme); {@link SchemeContract} holds the rules every
 * scheme keeps.
 */
public abstract class FileSchemeContract {
    private static final Caller CALLER = new Caller(1, 0, 0);
    private static final String[] NAMES = {"a", "b", "c", "d"};

    /** @return a new scheme whose {@link #directory()} exists and is empty */
    protected abstract Scheme newScheme();

    /** @return an empty directory of a new scheme where the chain makes its files ({@code ""}: the root) */
    protected String directory() {
        return "";
    }

    private static String path(String directory, String name) {
        return directory.isEmpty() ? name : directory + "/" + name;
    }

    @Provide
    Arbitrary<List<FileAction>> chains() {
        Arbitrary<String> name = Arbitraries.of(NAMES);
        Arbitrary<Integer> slot = Arbitraries.integers().between(0, 7);
        Arbitrary<Long> position = Arbitraries.longs().between(0, 700);
        Arbitrary<byte[]> data = Arbitraries.bytes().array(byte[].class).ofMinSize(0).ofMaxSize(300);
        Arbitrary<Boolean> flag = Arbitraries.of(true, false);
        Arbitrary<FileAction> action = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, Combinators.combine(name, flag, flag).as(FileAction.Open::new)),
                net.jqwik.api.Tuple.of(5, Combinators.combine(slot, position, data).as(FileAction.Write::new)),
                net.jqwik.api.Tuple.of(5, Combinators.combine(slot, position, Arbitraries.integers().between(0, 400))
                        .as(FileAction.Read::new)),
                net.jqwik.api.Tuple.of(2, Combinators.combine(slot, position).as(FileAction.Truncate::new)),
                net.jqwik.api.Tuple.of(2, Combinators.combine(slot, name).as(FileAction.Rename::new)),
                net.jqwik.api.Tuple.of(2, name.map(FileAction.Unlink::new)),
                net.jqwik.api.Tuple.of(2, Arbitraries.just(new FileAction.List())),
                net.jqwik.api.Tuple.of(2, slot.map(FileAction.Close::new)),
                net.jqwik.api.Tuple.of(1, slot.map(FileAction.ReadClosed::new)));
        return action.list().ofMinSize(1).ofMaxSize(40);
    }

    /** The model: a file's bytes, shared by the names and handles that reach it. */
    private static final class Content {
        byte[] bytes = new byte[0];

        void resize(int size) {
            bytes = Arrays.copyOf(bytes, size);
        }
    }

    /** A random chain of calls gives what the model says at every step. */
    @Property(tries = 150)
    void chainsOfCallsBehaveLikeAFileSystem(@ForAll("chains") List<FileAction> chain) {
        runChain(newScheme(), directory(), chain);
    }

    /**
     * Runs one chain against a scheme and the model, as the property does; usable on its own with a
     * chain written out (to show that a broken scheme fails it).
     *
     * @param scheme    a scheme whose {@code directory} exists and is empty
     * @param directory where the chain makes its files ({@code ""}: the root)
     * @param chain     the steps
     * @throws AssertionError at the first step where the scheme and the model disagree
     */
    public static void runChain(Scheme scheme, String directory, List<FileAction> chain) {
        Map<String, Content> names = new TreeMap<>();
        List<Long> handles = new ArrayList<>();
        List<Content> contents = new ArrayList<>();
        List<Long> closed = new ArrayList<>();
        int step = 0;
        for (FileAction action : chain) {
            String where = "step " + step++ + ": " + action;
            if (action instanceof FileAction.Open open) {
                int flags = OpenFlags.O_RDWR | (open.create() ? OpenFlags.O_CREAT : 0)
                        | (open.truncate() ? OpenFlags.O_TRUNC : 0);
                long handle = scheme.open(path(directory, open.name()), flags, CALLER);
                Content content = names.get(open.name());
                if (content == null && !open.create()) {
                    assertEquals(-Errno.ENOENT, handle, where);
                    continue;
                }
                assertTrue(handle >= 0, where + " gave " + handle);
                if (content == null) {
                    content = new Content();
                    names.put(open.name(), content);
                }
                if (open.truncate()) {
                    content.resize(0);
                }
                handles.add(handle);
                contents.add(content);
            } else if (action instanceof FileAction.Write write && !handles.isEmpty()) {
                int i = write.slot() % handles.size();
                Content content = contents.get(i);
                long n = scheme.write(handles.get(i), write.data(), 0, write.data().length, write.position(),
                        OpenFlags.O_NONBLOCK);
                assertEquals(write.data().length, n, where);
                int end = (int) write.position() + write.data().length;
                if (end > content.bytes.length) {
                    content.resize(end);
                }
                System.arraycopy(write.data(), 0, content.bytes, (int) write.position(), write.data().length);
                assertEquals(content.bytes.length, scheme.fsize(handles.get(i)), where + ": fsize");
            } else if (action instanceof FileAction.Read read && !handles.isEmpty()) {
                int i = read.slot() % handles.size();
                byte[] expected = contents.get(i).bytes;
                int from = (int) Math.min(read.position(), expected.length);
                int n = Math.min(read.length(), expected.length - from);
                byte[] into = new byte[read.length()];
                long got = scheme.read(handles.get(i), into, 0, read.length(), read.position(), OpenFlags.O_NONBLOCK);
                assertEquals(read.length() == 0 ? 0 : n, got, where);
                assertArrayEquals(Arrays.copyOfRange(expected, from, from + (int) Math.max(got, 0)),
                        Arrays.copyOf(into, (int) Math.max(got, 0)), where);
            } else if (action instanceof FileAction.Truncate truncate && !handles.isEmpty()) {
                int i = truncate.slot() % handles.size();
                assertEquals(0, scheme.ftruncate(handles.get(i), truncate.length()), where);
                contents.get(i).resize((int) truncate.length());
                assertEquals(truncate.length(), scheme.fsize(handles.get(i)), where + ": fsize");
            } else if (action instanceof FileAction.Rename rename && !handles.isEmpty()) {
                int i = rename.slot() % handles.size();
                Content content = contents.get(i);
                long result = scheme.frename(handles.get(i), path(directory, rename.name()), CALLER);
                if (!names.containsValue(content)) {
                    assertEquals(-Errno.ENOENT, result, where + ": an unlinked file has no name to change");
                    continue;
                }
                assertEquals(0, result, where);
                names.values().removeIf(c -> c == content);
                names.put(rename.name(), content);
            } else if (action instanceof FileAction.Unlink unlink) {
                long result = scheme.unlink(path(directory, unlink.name()), CALLER);
                assertEquals(names.remove(unlink.name()) == null ? -Errno.ENOENT : 0, result, where);
            } else if (action instanceof FileAction.List) {
                assertEquals(String.join("", names.keySet().stream().map(n -> n + "\n").toList()), list(scheme, directory), where);
            } else if (action instanceof FileAction.Close close && !handles.isEmpty()) {
                int i = close.slot() % handles.size();
                long handle = handles.remove(i);
                contents.remove(i);
                assertEquals(0, scheme.close(handle), where);
                if (!handles.contains(handle)) {
                    closed.add(handle);
                }
            } else if (action instanceof FileAction.ReadClosed read && !closed.isEmpty()) {
                long handle = closed.get(read.slot() % closed.size());
                if (!handles.contains(handle)) {
                    assertEquals(-Errno.EBADF, scheme.read(handle, new byte[4], 0, 4, 0, OpenFlags.O_NONBLOCK), where);
                    assertEquals(-Errno.EBADF, scheme.write(handle, new byte[4], 0, 4, 0, OpenFlags.O_NONBLOCK), where);
                    assertEquals(-Errno.EBADF, scheme.close(handle), where);
                }
            }
            closed.removeIf(handles::contains);
        }
        for (long handle : handles) {
            assertEquals(0, scheme.close(handle), "closing what the chain left open");
        }
    }

    private static String list(Scheme scheme, String path) {
        long directory = scheme.open(path, OpenFlags.O_RDONLY | OpenFlags.O_DIRECTORY, CALLER);
        assertTrue(directory >= 0, "open the directory: " + directory);
        byte[] buffer = new byte[4096];
        StringBuilder all = new StringBuilder();
        long index = 0;
        for (;;) {
            long n = scheme.getdents(directory, buffer, 0, buffer.length, index);
            assertTrue(n >= 0, "getdents: " + n);
            if (n == 0) {
                break;
            }
            String entries = new String(buffer, 0, (int) n, StandardCharsets.US_ASCII);
            all.append(entries);
            index += entries.chars().filter(c -> c == '\n').count();
        }
        assertEquals(0, scheme.close(directory));
        return all.toString();
    }
}
