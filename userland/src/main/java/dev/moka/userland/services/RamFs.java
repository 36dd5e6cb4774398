package dev.moka.userland.services;

import dev.moka.kernel.api.syscall.Errno;
import dev.moka.kernel.api.syscall.OpenFlags;
import dev.moka.kernel.api.syscall.Stat;
import dev.moka.scheme.SchemeHandler;
import java.util.ArrayList;
import java.util.List;

/**
 * A file system in the daemon's memory, what {@code ramfsd} serves as {@code file:}: nested
 * directories, files that grow as they are written (zeros in gaps), truncation, unlink, rename and
 * listing in name order. A handle holds its node, so a file unlinked while open stays readable and
 * writable through the handles it has until they close, as POSIX says. Files together hold at most
 * {@code capacity} bytes; a write beyond gives {@code ENOSPC}.
 */
public final class RamFs implements SchemeHandler {
    /** A file or a directory; {@code parent} and {@code name} are null for the root. */
    private static final class Node {
        final boolean directory;
        Node parent;
        String name;
        byte[] data = new byte[0];
        int size;
        /** Children in name order. */
        final List<Node> children = new ArrayList<>();

        Node(boolean directory) {
            this.directory = directory;
        }

        Node child(String childName) {
            for (int i = 0; i < children.size(); i++) {
                if (children.get(i).name.equals(childName)) {
                    return children.get(i);
                }
            }
            return null;
        }

        void add(Node node) {
            int at = 0;
            while (at < children.size() && children.get(at).name.compareTo(node.name) < 0) {
                at++;
            }
            children.add(at, node);
            node.parent = this;
        }

        String path() {
            return parent == null ? "" : parent.parent == null ? name : parent.path() + "/" + name;
        }
    }

    private final Node root = new Node(true);
    private final List<Node> handles = new ArrayList<>();
    private final long capacity;
    private long used;

    /** @param capacity the most bytes all files may hold together */
    public RamFs(long capacity) {
        this.capacity = capacity;
    }

    /** @return how many handles are open */
    public int openHandles() {
        int count = 0;
        for (int i = 0; i < handles.size(); i++) {
            if (handles.get(i) != null) {
                count++;
            }
        }
        return count;
    }

    private Node node(long handle) {
        return handle >= 0 && handle < handles.size() ? handles.get((int) handle) : null;
    }

    private long newHandle(Node node) {
        for (int i = 0; i < handles.size(); i++) {
            if (handles.get(i) == null) {
                handles.set(i, node);
                return i;
            }
        }
        handles.add(node);
        return handles.size() - 1;
    }

    /** The node at a path, or null. */
    private Node find(String path) {
        Node at = root;
        int start = 0;
        while (at != null && start < path.length()) {
            int slash = path.indexOf('/', start);
            int end = slash < 0 ? path.length() : slash;
            at = at.directory ? at.child(path.substring(start, end)) : null;
            start = end + 1;
        }
        return at;
    }

    /** The directory a new name at {@code path} would go in; null with the reason in {@code error[0]}. */
    private Node parentOf(String path, long[] error) {
        int slash = path.lastIndexOf('/');
        Node parent = slash < 0 ? root : find(path.substring(0, slash));
        if (parent == null) {
            error[0] = -Errno.ENOENT;
            return null;
        }
        if (!parent.directory) {
            error[0] = -Errno.ENOTDIR;
            return null;
        }
        return parent;
    }

    private static String leaf(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    @Override
    public long open(String path, int flags, long caller) {
        boolean wantsDirectory = (flags & OpenFlags.O_DIRECTORY) != 0;
        boolean writes = (flags & OpenFlags.O_ACCMODE) != OpenFlags.O_RDONLY && (flags & OpenFlags.O_ACCMODE) != 0;
        Node node = find(path);
        if (node == null) {
            if ((flags & OpenFlags.O_CREAT) == 0) {
                return -Errno.ENOENT;
            }
            long[] error = new long[1];
            Node parent = parentOf(path, error);
            if (parent == null) {
                return error[0];
            }
            node = new Node(wantsDirectory);
            node.name = leaf(path);
            parent.add(node);
        } else if ((flags & OpenFlags.O_CREAT) != 0 && (flags & OpenFlags.O_EXCL) != 0) {
            return -Errno.EEXIST;
        }
        if (wantsDirectory && !node.directory) {
            return -Errno.ENOTDIR;
        }
        if (node.directory && writes) {
            return -Errno.EISDIR;
        }
        if (!node.directory && (flags & OpenFlags.O_TRUNC) != 0 && writes) {
            resize(node, 0);
        }
        return newHandle(node);
    }

    @Override
    public long read(long handle, byte[] buffer, int offset, int length, long position) {
        Node node = node(handle);
        if (node == null) {
            return -Errno.EBADF;
        }
        if (node.directory) {
            return -Errno.EISDIR;
        }
        if (position >= node.size) {
            return 0;
        }
        int n = (int) Math.min(length, node.size - position);
        System.arraycopy(node.data, (int) position, buffer, offset, n);
        return n;
    }

    @Override
    public long write(long handle, byte[] buffer, int offset, int length, long position) {
        Node node = node(handle);
        if (node == null) {
            return -Errno.EBADF;
        }
        if (node.directory) {
            return -Errno.EISDIR;
        }
        long end = position + length;
        if (end > node.size) {
            long grown = resize(node, end);
            if (grown < 0) {
                return grown;
            }
        }
        System.arraycopy(buffer, offset, node.data, (int) position, length);
        return length;
    }

    /** Sets a file's size, zeros in what it gains; {@code -ENOSPC} past the capacity. */
    private long resize(Node node, long size) {
        if (size > Integer.MAX_VALUE || used - node.size + size > capacity) {
            return -Errno.ENOSPC;
        }
        int newSize = (int) size;
        if (newSize > node.data.length) {
            byte[] grown = new byte[Math.max(newSize, Math.min(node.data.length * 2, Integer.MAX_VALUE - 8))];
            System.arraycopy(node.data, 0, grown, 0, node.size);
            node.data = grown;
        } else if (newSize < node.size) {
            for (int i = newSize; i < node.size; i++) {
                node.data[i] = 0;
            }
        }
        used += newSize - node.size;
        node.size = newSize;
        return 0;
    }

    @Override
    public long close(long handle) {
        if (node(handle) == null) {
            return -Errno.EBADF;
        }
        Node node = handles.get((int) handle);
        handles.set((int) handle, null);
        if (node.parent == null && node != root && !isOpen(node)) {
            used -= node.size; // an unlinked file's bytes go with its last handle
        }
        return 0;
    }

    private boolean isOpen(Node node) {
        for (int i = 0; i < handles.size(); i++) {
            if (handles.get(i) == node) {
                return true;
            }
        }
        return false;
    }

    @Override
    public long fsize(long handle) {
        Node node = node(handle);
        return node == null ? -Errno.EBADF : node.directory ? 0 : node.size;
    }

    @Override
    public long fstat(long handle, byte[] out, int offset) {
        Node node = node(handle);
        if (node == null) {
            return -Errno.EBADF;
        }
        Stat.of(node.directory ? Stat.MODE_DIR | 0755 : Stat.MODE_FILE | 0644, node.directory ? 0 : node.size)
                .encode(out, offset);
        return 0;
    }

    @Override
    public long fpath(long handle, byte[] buffer, int offset, int length) {
        Node node = node(handle);
        if (node == null) {
            return -Errno.EBADF;
        }
        String path = node.path();
        int n = Math.min(length, path.length());
        for (int i = 0; i < n; i++) {
            buffer[offset + i] = (byte) path.charAt(i);
        }
        return n;
    }

    @Override
    public long getdents(long handle, byte[] buffer, int offset, int length, long index) {
        Node node = node(handle);
        if (node == null) {
            return -Errno.EBADF;
        }
        if (!node.directory) {
            return -Errno.ENOTDIR;
        }
        int written = 0;
        for (long i = index; i < node.children.size(); i++) {
            String name = node.children.get((int) i).name;
            if (written + name.length() + 1 > length) {
                return written == 0 ? -Errno.EINVAL : written;
            }
            for (int c = 0; c < name.length(); c++) {
                buffer[offset + written + c] = (byte) name.charAt(c);
            }
            written += name.length();
            buffer[offset + written++] = '\n';
        }
        return written;
    }

    @Override
    public long ftruncate(long handle, long length) {
        Node node = node(handle);
        if (node == null) {
            return -Errno.EBADF;
        }
        if (node.directory) {
            return -Errno.EISDIR;
        }
        return length < 0 ? -Errno.EINVAL : resize(node, length);
    }

    @Override
    public long frename(long handle, String newPath, long caller) {
        Node node = node(handle);
        if (node == null) {
            return -Errno.EBADF;
        }
        if (node == root || newPath.isEmpty()) {
            return -Errno.EBUSY;
        }
        if (node.parent == null) {
            return -Errno.ENOENT; // unlinked: it has no name to change
        }
        long[] error = new long[1];
        Node parent = parentOf(newPath, error);
        if (parent == null) {
            return error[0];
        }
        for (Node up = parent; up != null; up = up.parent) {
            if (up == node) {
                return -Errno.EINVAL; // a directory cannot move into itself
            }
        }
        Node existing = parent.child(leaf(newPath));
        if (existing == node) {
            return 0;
        }
        if (existing != null) {
            if (existing.directory != node.directory) {
                return existing.directory ? -Errno.EISDIR : -Errno.ENOTDIR;
            }
            if (existing.directory && !existing.children.isEmpty()) {
                return -Errno.ENOTEMPTY;
            }
            detach(existing);
        }
        node.parent.children.remove(node);
        node.name = leaf(newPath);
        parent.add(node);
        return 0;
    }

    /** Takes a node out of its directory; a file's bytes go now unless a handle still holds it. */
    private void detach(Node node) {
        node.parent.children.remove(node);
        node.parent = null;
        if (!isOpen(node)) {
            used -= node.size;
        }
    }

    @Override
    public long unlink(String path, long caller) {
        Node node = find(path);
        if (node == null) {
            return -Errno.ENOENT;
        }
        if (node.directory) {
            return -Errno.EISDIR;
        }
        detach(node);
        return 0;
    }

    @Override
    public long rmdir(String path, long caller) {
        Node node = find(path);
        if (node == null) {
            return -Errno.ENOENT;
        }
        if (!node.directory) {
            return -Errno.ENOTDIR;
        }
        if (node == root) {
            return -Errno.EBUSY;
        }
        if (!node.children.isEmpty()) {
            return -Errno.ENOTEMPTY;
        }
        detach(node);
        return 0;
    }
}
