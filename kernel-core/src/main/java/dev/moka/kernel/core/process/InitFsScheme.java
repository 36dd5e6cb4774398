package dev.moka.kernel.core.process;

import dev.moka.kernel.api.syscall.Errno;
import dev.moka.kernel.api.syscall.OpenFlags;
import dev.moka.kernel.api.syscall.Stat;
import dev.moka.kernel.ipc.Caller;
import dev.moka.kernel.ipc.Dirents;
import dev.moka.kernel.ipc.Handles;
import dev.moka.kernel.ipc.Scheme;

/**
 * {@code initfs:}, the image's read-only file system as a scheme: files read from where the image
 * holds them, directories list their names, nothing can be written ({@code EROFS}).
 */
final class InitFsScheme implements Scheme {
    /** Read-only file system. */
    private static final int EROFS = 30;

    /** An open file (index from 0) or directory (its path, index -1). */
    private record Node(int index, String path) {
    }

    private final InitFs initFs;
    private final Handles<Node> handles = new Handles<>();

    InitFsScheme(InitFs initFs) {
        this.initFs = initFs;
    }

    @Override
    public long open(String path, int flags, Caller caller) {
        if ((flags & OpenFlags.O_ACCMODE) != OpenFlags.O_RDONLY || (flags & (OpenFlags.O_CREAT | OpenFlags.O_TRUNC)) != 0) {
            return -EROFS;
        }
        int index = initFs.find(path);
        if (index >= 0) {
            return (flags & OpenFlags.O_DIRECTORY) != 0 ? -Errno.ENOTDIR : handles.add(new Node(index, path));
        }
        return initFs.isDirectory(path) ? handles.add(new Node(-1, path)) : -Errno.ENOENT;
    }

    @Override
    public long read(long handle, byte[] buffer, int offset, int length, long position, int flags) {
        Node node = handles.get(handle);
        if (node == null) {
            return -Errno.EBADF;
        }
        if (node.index() < 0) {
            return -Errno.EISDIR;
        }
        ByteSource data = initFs.data(node.index());
        if (position < 0) {
            return -Errno.EINVAL;
        }
        long count = Math.max(0, Math.min(length, data.size() - position));
        for (int i = 0; i < count; i++) {
            buffer[offset + i] = (byte) data.u8(position + i);
        }
        return count;
    }

    @Override
    public long write(long handle, byte[] buffer, int offset, int length, long position, int flags) {
        return handles.get(handle) == null ? -Errno.EBADF : -EROFS;
    }

    @Override
    public long fsize(long handle) {
        Node node = handles.get(handle);
        if (node == null) {
            return -Errno.EBADF;
        }
        return node.index() < 0 ? 0 : initFs.data(node.index()).size();
    }

    @Override
    public long fstat(long handle, byte[] out, int offset) {
        Node node = handles.get(handle);
        if (node == null) {
            return -Errno.EBADF;
        }
        if (node.index() < 0) {
            Stat.of(Stat.MODE_DIR | 0555, 0).encode(out, offset);
        } else {
            int permissions = initFs.executable(node.index()) ? 0555 : 0444;
            Stat.of(Stat.MODE_FILE | permissions, initFs.data(node.index()).size()).encode(out, offset);
        }
        return 0;
    }

    @Override
    public long fpath(long handle, byte[] buffer, int offset, int length) {
        Node node = handles.get(handle);
        return node == null ? -Errno.EBADF : Dirents.copyAscii(node.path(), buffer, offset, length);
    }

    @Override
    public long dup(long handle, String how, Caller caller) {
        return handles.get(handle) == null ? -Errno.EBADF : -Errno.EINVAL;
    }

    @Override
    public long getdents(long handle, byte[] buffer, int offset, int length, long index) {
        Node node = handles.get(handle);
        if (node == null) {
            return -Errno.EBADF;
        }
        if (node.index() >= 0) {
            return -Errno.ENOTDIR;
        }
        return Dirents.list(initFs.list(node.path()), buffer, offset, length, index);
    }

    /** @param handle an open handle @return the file's bytes when it is an executable, else null */
    ByteSource executable(long handle) {
        Node node = handles.get(handle);
        return node == null || node.index() < 0 || !initFs.executable(node.index()) ? null : initFs.data(node.index());
    }

    /** @param handle an open handle @return its path, or null */
    String path(long handle) {
        Node node = handles.get(handle);
        return node == null ? null : node.path();
    }

    @Override
    public long close(long handle) {
        return handles.remove(handle) == null ? -Errno.EBADF : 0;
    }
}
