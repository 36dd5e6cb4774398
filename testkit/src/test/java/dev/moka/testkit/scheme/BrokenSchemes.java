package dev.moka.testkit.scheme;

import dev.moka.kernel.api.syscall.Errno;
import dev.moka.kernel.api.syscall.Stat;
import dev.moka.kernel.ipc.Blocker;
import dev.moka.kernel.ipc.Caller;
import dev.moka.kernel.ipc.Dirents;
import dev.moka.kernel.ipc.Scheme;
import dev.moka.kernel.ipc.schemes.PipeScheme;
import dev.moka.kernel.ipc.schemes.RamScheme;
import java.util.HashSet;
import java.util.Set;

/** Schemes with one deliberate fault each, on top of a working scheme, to prove the kit finds it. */
final class BrokenSchemes {
    private BrokenSchemes() {
    }

    /** Passes every call to a working scheme; a broken scheme overrides the call it breaks. */
    static class Delegating implements Scheme {
        final Scheme delegate;

        Delegating(Scheme delegate) {
            this.delegate = delegate;
        }

        @Override
        public long open(String path, int flags, Caller caller) {
            return delegate.open(path, flags, caller);
        }

        @Override
        public long read(long handle, byte[] buffer, int offset, int length, long position, int flags) {
            return delegate.read(handle, buffer, offset, length, position, flags);
        }

        @Override
        public long write(long handle, byte[] buffer, int offset, int length, long position, int flags) {
            return delegate.write(handle, buffer, offset, length, position, flags);
        }

        @Override
        public long fsize(long handle) {
            return delegate.fsize(handle);
        }

        @Override
        public long fstat(long handle, byte[] out, int offset) {
            return delegate.fstat(handle, out, offset);
        }

        @Override
        public long fpath(long handle, byte[] buffer, int offset, int length) {
            return delegate.fpath(handle, buffer, offset, length);
        }

        @Override
        public long dup(long handle, String how, Caller caller) {
            return delegate.dup(handle, how, caller);
        }

        @Override
        public long getdents(long handle, byte[] buffer, int offset, int length, long index) {
            return delegate.getdents(handle, buffer, offset, length, index);
        }

        @Override
        public long close(long handle) {
            return delegate.close(handle);
        }
    }

    static RamScheme ram() {
        return new RamScheme(1 << 20);
    }

    /** Close says yes but the handle goes on working. */
    static final class KeepsClosedHandles extends Delegating {
        private final Set<Long> closed = new HashSet<>();

        KeepsClosedHandles() {
            super(ram());
        }

        @Override
        public long close(long handle) {
            if (delegate.fsize(handle) < 0) {
                return -Errno.EBADF;
            }
            return closed.add(handle) ? 0 : -Errno.EBADF;
        }
    }

    /** Reads always start at the beginning of the file. */
    static final class IgnoresPosition extends Delegating {
        IgnoresPosition() {
            super(ram());
        }

        @Override
        public long read(long handle, byte[] buffer, int offset, int length, long position, int flags) {
            return delegate.read(handle, buffer, offset, length, 0, flags);
        }
    }

    /** A listing leaves out its last entry. */
    static final class ForgetsLastEntry extends Delegating {
        ForgetsLastEntry() {
            super(ram());
        }

        @Override
        public long getdents(long handle, byte[] buffer, int offset, int length, long index) {
            long n = delegate.getdents(handle, buffer, offset, length, index);
            byte[] probe = new byte[4096];
            long rest = n > 0 ? delegate.getdents(handle, probe, 0, probe.length, index + Dirents.count(buffer, offset, (int) n)) : 0;
            if (n > 0 && rest == 0) {
                int end = offset + (int) n - 1;
                int start = end - 1;
                while (start >= offset && buffer[start] != '\n') {
                    start--;
                }
                return start + 1 - offset;
            }
            return n;
        }
    }

    /** An error comes back as a number outside the error range. */
    static final class ErrorOutOfRange extends Delegating {
        ErrorOutOfRange() {
            super(ram());
        }

        @Override
        public long fsize(long handle) {
            long size = delegate.fsize(handle);
            return size == -Errno.EBADF ? -9000 : size;
        }
    }

    /** fstat reports a size one byte short. */
    static final class WrongStatSize extends Delegating {
        WrongStatSize() {
            super(ram());
        }

        @Override
        public long fstat(long handle, byte[] out, int offset) {
            long result = delegate.fstat(handle, out, offset);
            if (result == 0) {
                Stat stat = Stat.decode(out, offset);
                new Stat(stat.device(), stat.inode(), stat.mode(), stat.links(), stat.uid(), stat.gid(), stat.size() - 1,
                        stat.blockSize(), stat.blocks(), 0, 0, 0, 0, 0, 0).encode(out, offset);
            }
            return result;
        }
    }

    /** A pipe that drops the first byte of every read of more than one byte. */
    static final class LosesBytes extends Delegating {
        LosesBytes() {
            super(new PipeScheme(Blocker.refusing()));
        }

        @Override
        public long read(long handle, byte[] buffer, int offset, int length, long position, int flags) {
            long n = delegate.read(handle, buffer, offset, length, position, flags);
            if (n > 1) {
                System.arraycopy(buffer, offset + 1, buffer, offset, (int) n - 1);
                return n - 1;
            }
            return n;
        }
    }

    /** A pipe whose reader never sees the end: an empty pipe always says "try again". */
    static final class NeverEnds extends Delegating {
        NeverEnds() {
            super(new PipeScheme(Blocker.refusing()));
        }

        @Override
        public long read(long handle, byte[] buffer, int offset, int length, long position, int flags) {
            long n = delegate.read(handle, buffer, offset, length, position, flags);
            return n == 0 && length > 0 ? -Errno.EAGAIN : n;
        }
    }

}
