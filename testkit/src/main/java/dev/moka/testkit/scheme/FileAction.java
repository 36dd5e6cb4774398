package dev.moka.testkit.scheme;

/**
 * One step of a chain {@link FileSchemeContract} runs against a scheme and a model at once. A
 * {@code slot} names one of the chain's open handles (any number: it is taken modulo the handles
 * open, and a step on no handle is skipped); a closed slot keeps its handle to check {@code EBADF}.
 */
public sealed interface FileAction {
    /** Open a name, perhaps creating or truncating it. */
    record Open(String name, boolean create, boolean truncate) implements FileAction {
    }

    /** Write bytes at a position. */
    record Write(int slot, long position, byte[] data) implements FileAction {
        @Override
        public String toString() {
            return "Write[slot=" + slot + ", position=" + position + ", length=" + data.length + "]";
        }
    }

    /** Read up to a length at a position. */
    record Read(int slot, long position, int length) implements FileAction {
    }

    /** Set the size. */
    record Truncate(int slot, long length) implements FileAction {
    }

    /** Give the open file another name. */
    record Rename(int slot, String name) implements FileAction {
    }

    /** Remove a name. */
    record Unlink(String name) implements FileAction {
    }

    /** List the directory. */
    record List() implements FileAction {
    }

    /** Close a handle; later steps on it expect {@code EBADF}. */
    record Close(int slot) implements FileAction {
    }

    /** A call on a closed handle. */
    record ReadClosed(int slot) implements FileAction {
    }
}
