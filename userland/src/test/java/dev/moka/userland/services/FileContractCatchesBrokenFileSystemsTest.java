package dev.moka.userland.services;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moka.scheme.SchemeHandler;
import dev.moka.testkit.scheme.FileAction;
import dev.moka.testkit.scheme.FileSchemeContract;
import dev.moka.testkit.scheme.HostedDaemon;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Ways to break a file system, each a RamFs with one call changed, each caught by a short chain of
 * {@link FileSchemeContract}; the unbroken RamFs passes the same chains.
 */
class FileContractCatchesBrokenFileSystemsTest {
    private enum Break { NONE, UNLINK_KEEPS_NAME, READ_IGNORES_POSITION, CLOSE_KEEPS_HANDLE, TRUNCATE_KEEPS_BYTES, OPEN_ALWAYS_CREATES }

    /** RamFs with one call broken. */
    private static final class Broken implements SchemeHandler {
        private final RamFs fs = new RamFs(1 << 20);
        private final Break what;

        Broken(Break what) {
            this.what = what;
        }

        @Override
        public long open(String path, int flags, long caller) {
            return fs.open(path, what == Break.OPEN_ALWAYS_CREATES ? flags | dev.moka.kernel.api.syscall.OpenFlags.O_CREAT : flags,
                    caller);
        }

        @Override
        public long read(long handle, byte[] buffer, int offset, int length, long position) {
            return fs.read(handle, buffer, offset, length, what == Break.READ_IGNORES_POSITION ? 0 : position);
        }

        @Override
        public long write(long handle, byte[] buffer, int offset, int length, long position) {
            return fs.write(handle, buffer, offset, length, position);
        }

        @Override
        public long close(long handle) {
            return what == Break.CLOSE_KEEPS_HANDLE ? 0 : fs.close(handle);
        }

        @Override
        public long fsize(long handle) {
            return fs.fsize(handle);
        }

        @Override
        public long fstat(long handle, byte[] out, int offset) {
            return fs.fstat(handle, out, offset);
        }

        @Override
        public long fpath(long handle, byte[] buffer, int offset, int length) {
            return fs.fpath(handle, buffer, offset, length);
        }

        @Override
        public long getdents(long handle, byte[] buffer, int offset, int length, long index) {
            return fs.getdents(handle, buffer, offset, length, index);
        }

        @Override
        public long ftruncate(long handle, long length) {
            return what == Break.TRUNCATE_KEEPS_BYTES && length < fs.fsize(handle) ? 0 : fs.ftruncate(handle, length);
        }

        @Override
        public long frename(long handle, String newPath, long caller) {
            return fs.frename(handle, newPath, caller);
        }

        @Override
        public long unlink(String path, long caller) {
            return what == Break.UNLINK_KEEPS_NAME ? 0 : fs.unlink(path, caller);
        }
    }

    private static final byte[] HELLO = "hello".getBytes(StandardCharsets.US_ASCII);

    private static final List<FileAction> UNLINK_THEN_LIST = List.of(new FileAction.Open("a", true, false),
            new FileAction.Unlink("a"), new FileAction.List());
    private static final List<FileAction> READ_IN_THE_MIDDLE = List.of(new FileAction.Open("a", true, false),
            new FileAction.Write(0, 0, HELLO), new FileAction.Read(0, 2, 3));
    private static final List<FileAction> READ_AFTER_CLOSE = List.of(new FileAction.Open("a", true, false),
            new FileAction.Close(0), new FileAction.Open("b", true, false), new FileAction.ReadClosed(0));
    private static final List<FileAction> SHRINK = List.of(new FileAction.Open("a", true, false),
            new FileAction.Write(0, 0, HELLO), new FileAction.Truncate(0, 2), new FileAction.Read(0, 0, 5));

    private static final List<FileAction> OPEN_MISSING = List.of(new FileAction.Open("a", false, false));

    private static void run(Break what, List<FileAction> chain) {
        FileSchemeContract.runChain(new HostedDaemon("file", new Broken(what)).scheme(), "", chain);
    }

    private static void assertCaught(Break what, List<FileAction> chain, String step) {
        AssertionError error = assertThrows(AssertionError.class, () -> run(what, chain));
        assertTrue(error.getMessage().contains(step), () -> "expected a failure at '" + step + "': " + error.getMessage());
    }

    @Test
    void theWorkingFileSystemPassesEveryChain() {
        for (List<FileAction> chain : List.of(UNLINK_THEN_LIST, READ_IN_THE_MIDDLE, READ_AFTER_CLOSE, SHRINK, OPEN_MISSING)) {
            run(Break.NONE, chain);
        }
    }

    @Test
    void eachBreakIsCaughtAtItsStep() {
        assertCaught(Break.UNLINK_KEEPS_NAME, UNLINK_THEN_LIST, "step 2: List");
        assertCaught(Break.READ_IGNORES_POSITION, READ_IN_THE_MIDDLE, "step 2: Read");
        assertCaught(Break.TRUNCATE_KEEPS_BYTES, SHRINK, "step 2: Truncate");
        assertCaught(Break.OPEN_ALWAYS_CREATES, OPEN_MISSING, "step 0: Open");
    }

    @Test
    void aDaemonThatKeepsClosedHandlesCannotLetACallerUseThem() {
        // The kernel forgets a handle when it sends the close, so the daemon never sees a call on it again.
        run(Break.CLOSE_KEEPS_HANDLE, READ_AFTER_CLOSE);
    }
}
