package dev.moka.kernel.ipc.schemes;

import dev.moka.kernel.api.syscall.Errno;
import dev.moka.kernel.api.syscall.OpenFlags;
import dev.moka.kernel.api.syscall.Stat;
import dev.moka.kernel.ipc.Caller;
import dev.moka.kernel.ipc.Dirents;
import dev.moka.kernel.ipc.Handles;
import dev.moka.kernel.ipc.Scheme;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;

/**
 * A file system in kernel memory, Redox's {@code ramfs} in miniature: nested directories and regular
 * files, made with {@code O_CREAT} ({@code O_CREAT|O_DIRECTORY} for a directory, which is what
 * {@code mkdir} asks), listed in name order. It serves scratch files and the tests of everything
 * above schemes. Contents live as long as the scheme; the bytes of all files together are limited to
 * the capacity given, beyond which writes give {@code -ENOSPC}.
 *
 * <ul>
 *   <li>{@code O_EXCL} with {@code O_CREAT} gives {@code -EEXIST} for a name that exists;
 *       {@code O_TRUNC} with write access empties a file.</li>
 *   <li>A directory opened for writing gives {@code -EISDIR}; {@code O_DIRECTORY} on a file
 *       {@code -ENOTDIR}; a missing parent {@code -ENOENT}.</li>
 *   <li>A write past the end fills the gap with zeros.</li>
 * </ul>
 */
public final class RamScheme implements Scheme {
    private final long capacity;
    private final Directory root = new Directory(1);
    private final Handles<Opened> handles = new Handles<>();
    private long used;
    private long nextInode = 2;

    /** @param capacity the bytes all files together may hold */
    public RamScheme(long capacity) {
        this.capacity = capacity;
    }

    @Override
    public long open(String path, int flags, Caller caller) {
        Node node = root;
        Directory parent = null;
        String name = "";
        int start = 0;
        while (start < path.length()) {
            if (!(node instanceof Directory directory)) {
                return -Errno.ENOTDIR;
            }
            int end = path.indexOf('/', start);
            if (end < 0) {
                end = path.length();
            }
            parent = directory;
            name = path.substring(start, end);
            node = directory.children.get(name);
            if (node == null) {
                if (end < path.length()) {
                    return -Errno.ENOENT;
                }
                break;
            }
            start = end + 1;
        }
        boolean wantsDirectory = (flags & OpenFlags.O_DIRECTORY) != 0;
        if (node == null) {
            if ((flags & OpenFlags.O_CREAT) == 0) {
                return -Errno.ENOENT;
            }
            node = wantsDirectory ? new Directory(nextInode++) : new File(nextInode++);
            parent.children.put(name, node);
        } else if ((flags & OpenFlags.O_CREAT) != 0 && (flags & OpenFlags.O_EXCL) != 0) {
            return -Errno.EEXIST;
        }
        if (node instanceof Directory) {
            if (OpenFlags.canWrite(flags)) {
                return -Errno.EISDIR;
            }
        } else if (wantsDirectory) {
            return -Errno.ENOTDIR;
        } else if ((flags & OpenFlags.O_TRUNC) != 0 && OpenFlags.canWrite(flags)) {
            File file = (File) node;
            used -= file.size;
            file.size = 0;
        }
        return handles.add(new Opened(node, path));
    }

    @Override
    public long read(long handle, byte[] buffer, int offset, int length, long position, int flags) {
        Opened opened = handles.get(handle);
        if (opened == null) {
            return -Errno.EBADF;
        }
        if (!(opened.node instanceof File file)) {
            return -Errno.EISDIR;
        }
        if (position < 0) {
            return -Errno.EINVAL;
        }
        if (position >= file.size) {
            return 0;
        }
        int n = (int) Math.min(length, file.size - position);
        System.arraycopy(file.data, (int) position, buffer, offset, n);
        return n;
    }

    @Override
    public long write(long handle, byte[] buffer, int offset, int length, long position, int flags) {
        Opened opened = handles.get(handle);
        if (opened == null) {
            return -Errno.EBADF;
        }
        if (!(opened.node instanceof File file)) {
            return -Errno.EISDIR;
        }
        if (position < 0) {
            return -Errno.EINVAL;
        }
        long end = position + length;
        long growth = Math.max(0, end - file.size);
        if (end > Integer.MAX_VALUE || used + growth > capacity) {
            return -Errno.ENOSPC;
        }
        file.ensureCapacity((int) end);
        if (position > file.size) {
            Arrays.fill(file.data, file.size, (int) position, (byte) 0);
        }
        System.arraycopy(buffer, offset, file.data, (int) position, length);
        file.size = Math.max(file.size, (int) end);
        used += growth;
        return length;
    }

    @Override
    public long fsize(long handle) {
        Opened opened = handles.get(handle);
        if (opened == null) {
            return -Errno.EBADF;
        }
        return opened.node instanceof File file ? file.size : 0;
    }

    @Override
    public long fstat(long handle, byte[] out, int offset) {
        Opened opened = handles.get(handle);
        if (opened == null) {
            return -Errno.EBADF;
        }
        Stat stat;
        if (opened.node instanceof File file) {
            stat = new Stat(0, file.inode, Stat.MODE_FILE | 0644, 1, 0, 0, file.size, 4096, (file.size + 511) / 512,
                    0, 0, 0, 0, 0, 0);
        } else {
            stat = new Stat(0, opened.node.inode(), Stat.MODE_DIR | 0755, 2, 0, 0, 0, 4096, 0, 0, 0, 0, 0, 0, 0);
        }
        stat.encode(out, offset);
        return 0;
    }

    @Override
    public long fpath(long handle, byte[] buffer, int offset, int length) {
        Opened opened = handles.get(handle);
        return opened == null ? -Errno.EBADF : Dirents.copyAscii(opened.path, buffer, offset, length);
    }

    @Override
    public long dup(long handle, String how, Caller caller) {
        return handles.get(handle) == null ? -Errno.EBADF : -Errno.EINVAL;
    }

    @Override
    public long getdents(long handle, byte[] buffer, int offset, int length, long index) {
        Opened opened = handles.get(handle);
        if (opened == null) {
            return -Errno.EBADF;
        }
        if (!(opened.node instanceof Directory directory)) {
            return -Errno.ENOTDIR;
        }
        List<String> names = new ArrayList<>(directory.children.keySet());
        return Dirents.list(names, buffer, offset, length, index);
    }

    @Override
    public long close(long handle) {
        return handles.remove(handle) == null ? -Errno.EBADF : 0;
    }

    /** @return the bytes all files hold together */
    public long usedBytes() {
        return used;
    }

    /** @return how many handles are open, for leak checks */
    public int openHandles() {
        return handles.count();
    }

    private sealed interface Node permits Directory, File {
        long inode();
    }

    private static final class Directory implements Node {
        final long inode;
        final TreeMap<String, Node> children = new TreeMap<>();

        Directory(long inode) {
            this.inode = inode;
        }

        @Override
        public long inode() {
            return inode;
        }
    }

    private static final class File implements Node {
        final long inode;
        byte[] data = new byte[0];
        int size;

        File(long inode) {
            this.inode = inode;
        }

        @Override
        public long inode() {
            return inode;
        }

        void ensureCapacity(int needed) {
            if (needed > data.length) {
                int doubled = (int) Math.min(2L * data.length, Integer.MAX_VALUE - 8);
                byte[] grown = new byte[Math.max(needed, doubled)];
                System.arraycopy(data, 0, grown, 0, size);
                data = grown;
            }
        }
    }

    /** A handle: the node and the path it was opened by. */
    private record Opened(Node node, String path) {
    }
}
