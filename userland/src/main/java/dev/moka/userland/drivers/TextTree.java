package dev.moka.userland.drivers;

import dev.moka.kernel.api.syscall.Stat;
import dev.moka.kernel.api.syscall.Errno;
import dev.moka.scheme.SchemeHandler;
import java.util.ArrayList;
import java.util.List;

/**
 * A read-only scheme of one directory of text files, fixed when it is made: the root lists the
 * names in order, each name opens a file holding its text. Handle 0 is never given out.
 */
final class TextTree implements SchemeHandler {
    private final List<String> names;
    private final List<byte[]> texts;
    /** Per handle: -1 for the root, else the file's index; null for a free slot. */
    private final List<Integer> handles = new ArrayList<>();

    /** @param names the file names @param texts their contents, in the same order */
    TextTree(List<String> names, List<String> texts) {
        this.names = List.copyOf(names);
        this.texts = new ArrayList<>();
        for (String text : texts) {
            byte[] bytes = new byte[text.length()];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) text.charAt(i);
            }
            this.texts.add(bytes);
        }
        handles.add(null); // handle 0 is never given out
    }

    private Integer entry(long handle) {
        return handle > 0 && handle < handles.size() ? handles.get((int) handle) : null;
    }

    @Override
    public long open(String path, int flags, long caller) {
        if ((flags & (dev.moka.kernel.api.syscall.OpenFlags.O_WRONLY | dev.moka.kernel.api.syscall.OpenFlags.O_CREAT)) != 0) {
            return -Errno.EACCES;
        }
        int index = path.isEmpty() ? -1 : names.indexOf(path);
        if (index < 0 && !path.isEmpty()) {
            return -Errno.ENOENT;
        }
        for (int h = 1; h < handles.size(); h++) {
            if (handles.get(h) == null) {
                handles.set(h, index);
                return h;
            }
        }
        handles.add(index);
        return handles.size() - 1;
    }

    @Override
    public long read(long handle, byte[] buffer, int offset, int length, long position) {
        Integer index = entry(handle);
        if (index == null) {
            return -Errno.EBADF;
        }
        if (index < 0) {
            return -Errno.EISDIR;
        }
        byte[] text = texts.get(index);
        if (position >= text.length) {
            return 0;
        }
        int n = (int) Math.min(length, text.length - position);
        System.arraycopy(text, (int) position, buffer, offset, n);
        return n;
    }

    @Override
    public long write(long handle, byte[] buffer, int offset, int length, long position) {
        return entry(handle) == null ? -Errno.EBADF : -Errno.EACCES;
    }

    @Override
    public long close(long handle) {
        if (entry(handle) == null) {
            return -Errno.EBADF;
        }
        handles.set((int) handle, null);
        return 0;
    }

    @Override
    public long fsize(long handle) {
        Integer index = entry(handle);
        return index == null ? -Errno.EBADF : index < 0 ? 0 : texts.get(index).length;
    }

    @Override
    public long fstat(long handle, byte[] out, int offset) {
        Integer index = entry(handle);
        if (index == null) {
            return -Errno.EBADF;
        }
        Stat.of(index < 0 ? Stat.MODE_DIR | 0555 : Stat.MODE_FILE | 0444, index < 0 ? 0 : texts.get(index).length)
                .encode(out, offset);
        return 0;
    }

    @Override
    public long fpath(long handle, byte[] buffer, int offset, int length) {
        Integer index = entry(handle);
        if (index == null) {
            return -Errno.EBADF;
        }
        String path = index < 0 ? "" : names.get(index);
        int n = Math.min(length, path.length());
        for (int i = 0; i < n; i++) {
            buffer[offset + i] = (byte) path.charAt(i);
        }
        return n;
    }

    @Override
    public long getdents(long handle, byte[] buffer, int offset, int length, long index) {
        Integer entry = entry(handle);
        if (entry == null) {
            return -Errno.EBADF;
        }
        if (entry >= 0) {
            return -Errno.ENOTDIR;
        }
        int written = 0;
        for (long i = index; i < names.size(); i++) {
            String name = names.get((int) i);
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
}
