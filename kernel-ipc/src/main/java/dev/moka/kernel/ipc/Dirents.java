package dev.moka.kernel.ipc;

import dev.moka.kernel.api.syscall.Errno;
import java.util.List;

/**
 * The directory-listing format of {@link Scheme#getdents}, written for a scheme from a list of
 * names: whole entries only, each the name's ASCII bytes and {@code '\n'}. The position of an open
 * directory counts entries, so a listing resumes where the last one stopped however the buffer
 * sizes differ.
 */
public final class Dirents {
    private Dirents() {
    }

    /**
     * @param names  the directory's entries, none containing {@code '\n'}
     * @param buffer receives entries
     * @param offset where in {@code buffer}
     * @param length room in {@code buffer}
     * @param index  the number of entries already listed
     * @return the bytes written, 0 when no entries remain, {@code -EINVAL} when the next entry does not
     *         fit at all
     */
    public static long list(List<String> names, byte[] buffer, int offset, int length, long index) {
        if (index < 0) {
            return -Errno.EINVAL;
        }
        int written = 0;
        for (long entry = index; entry < names.size(); entry++) {
            String name = names.get((int) entry);
            int size = name.length() + 1;
            if (size > length - written) {
                return written == 0 ? -Errno.EINVAL : written;
            }
            for (int i = 0; i < name.length(); i++) {
                buffer[offset + written + i] = (byte) name.charAt(i);
            }
            buffer[offset + written + name.length()] = '\n';
            written += size;
        }
        return written;
    }

    /**
     * @param buffer a listing
     * @param offset where it starts
     * @param length its length in bytes
     * @return the number of entries in it, by which the directory's position moves on
     */
    public static int count(byte[] buffer, int offset, int length) {
        int entries = 0;
        for (int i = offset; i < offset + length; i++) {
            if (buffer[i] == '\n') {
                entries++;
            }
        }
        return entries;
    }

    /**
     * Copies an ASCII string into a buffer, cut to the room there is; the usual body of
     * {@link Scheme#fpath}.
     *
     * @param text   ASCII text
     * @param buffer receives it
     * @param offset where in {@code buffer}
     * @param length room in {@code buffer}
     * @return the number of bytes written
     */
    public static int copyAscii(String text, byte[] buffer, int offset, int length) {
        int count = Math.min(text.length(), Math.max(length, 0));
        for (int i = 0; i < count; i++) {
            buffer[offset + i] = (byte) text.charAt(i);
        }
        return count;
    }
}
