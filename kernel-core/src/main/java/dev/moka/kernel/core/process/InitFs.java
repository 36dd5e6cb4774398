package dev.moka.kernel.core.process;

import dev.moka.kernel.api.initfs.InitFsLayout;
import java.util.ArrayList;
import java.util.List;

/**
 * The initfs read in place (layout: {@link InitFsLayout}). {@link #open} checks the whole header and
 * every entry once, so that later lookups trust what they read: each path lies in the file and is a
 * clean relative path, each file's data lies in the file on a page boundary, and paths are sorted
 * without duplicates, which lets {@link #find} search by halves.
 */
public final class InitFs {
    private final ByteSource bytes;
    private final int count;

    private InitFs(ByteSource bytes, int count) {
        this.bytes = bytes;
        this.count = count;
    }

    /**
     * @param bytes the initfs as the image holds it
     * @return the checked initfs
     * @throws InitFsException naming the first thing that is wrong
     */
    public static InitFs open(ByteSource bytes) throws InitFsException {
        if (bytes.size() < InitFsLayout.HEADER_SIZE) {
            throw new InitFsException("shorter than its header (" + bytes.size() + " bytes)");
        }
        for (int i = 0; i < InitFsLayout.MAGIC.length(); i++) {
            if (bytes.u8(i) != InitFsLayout.MAGIC.charAt(i)) {
                throw new InitFsException("bad magic");
            }
        }
        if (bytes.u32(8) != InitFsLayout.VERSION) {
            throw new InitFsException("version " + bytes.u32(8) + ", expected " + InitFsLayout.VERSION);
        }
        long count = bytes.u32(12);
        if (count > InitFsLayout.MAX_ENTRIES) {
            throw new InitFsException(count + " entries, more than " + InitFsLayout.MAX_ENTRIES);
        }
        if (bytes.u64(16) != bytes.size()) {
            throw new InitFsException("says it is " + bytes.u64(16) + " bytes long but is " + bytes.size());
        }
        if (!bytes.contains(InitFsLayout.HEADER_SIZE, count * InitFsLayout.ENTRY_SIZE)) {
            throw new InitFsException("entry table runs past the end");
        }
        InitFs fs = new InitFs(bytes, (int) count);
        for (int i = 0; i < count; i++) {
            fs.check(i);
        }
        return fs;
    }

    private void check(int index) throws InitFsException {
        long entry = entry(index);
        long dataOffset = bytes.u64(entry);
        long dataLength = bytes.u64(entry + 8);
        long pathOffset = bytes.u32(entry + 16);
        long pathLength = bytes.u32(entry + 20);
        long kind = bytes.u32(entry + 24);
        String which = "entry " + index;
        if (pathLength == 0 || pathLength > InitFsLayout.MAX_PATH || !bytes.contains(pathOffset, pathLength)) {
            throw new InitFsException(which + ": bad path bounds");
        }
        String path = path(index);
        if (!cleanPath(path)) {
            throw new InitFsException(which + ": path \"" + path + "\" is not a clean relative path");
        }
        if (!bytes.contains(dataOffset, dataLength) || dataOffset % InitFsLayout.DATA_ALIGNMENT != 0) {
            throw new InitFsException(which + " (" + path + "): data outside the initfs or not page aligned");
        }
        if (kind != InitFsLayout.KIND_FILE && kind != InitFsLayout.KIND_EXECUTABLE) {
            throw new InitFsException(which + " (" + path + "): unknown kind " + kind);
        }
        if (index > 0 && path(index - 1).compareTo(path) >= 0) {
            throw new InitFsException(which + " (" + path + "): paths not sorted or repeated");
        }
    }

    private static boolean cleanPath(String path) {
        if (path.startsWith("/") || path.endsWith("/")) {
            return false;
        }
        for (String part : path.split("/", -1)) {
            if (part.isEmpty() || part.equals(".") || part.equals("..")) {
                return false;
            }
        }
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c <= ' ' || c >= 0x7f || c == ':') {
                return false;
            }
        }
        return true;
    }

    private static long entry(int index) {
        return InitFsLayout.HEADER_SIZE + (long) index * InitFsLayout.ENTRY_SIZE;
    }

    /** @return how many files there are */
    public int count() {
        return count;
    }

    /** @param index from 0 @return the file's path, such as {@code bin/init} */
    public String path(int index) {
        long entry = entry(index);
        long offset = bytes.u32(entry + 16);
        int length = (int) bytes.u32(entry + 20);
        char[] chars = new char[length];
        for (int i = 0; i < length; i++) {
            chars[i] = (char) bytes.u8(offset + i);
        }
        return new String(chars);
    }

    /** @param index from 0 @return whether the file is an executable */
    public boolean executable(int index) {
        return bytes.u32(entry(index) + 24) == InitFsLayout.KIND_EXECUTABLE;
    }

    /** @param index from 0 @return the file's contents, read in place */
    public ByteSource data(int index) {
        long entry = entry(index);
        return bytes.slice(bytes.u64(entry), bytes.u64(entry + 8));
    }

    /** @param path a path without leading {@code /} @return the file's index, or -1 */
    public int find(String path) {
        int low = 0;
        int high = count - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int order = path(middle).compareTo(path);
            if (order == 0) {
                return middle;
            } else if (order < 0) {
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return -1;
    }

    /**
     * @param directory a directory path without leading or trailing {@code /}; empty for the root
     * @return the names directly inside it, files and directories, sorted, each once; empty when
     *         there is no such directory
     */
    public List<String> list(String directory) {
        String prefix = directory.isEmpty() ? "" : directory + "/";
        List<String> names = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String path = path(i);
            if (!path.startsWith(prefix)) {
                continue;
            }
            String rest = path.substring(prefix.length());
            int slash = rest.indexOf('/');
            String name = slash < 0 ? rest : rest.substring(0, slash);
            if (!names.contains(name)) {
                names.add(name);
            }
        }
        names.sort(null);
        return names;
    }

    /** @param path a path without leading {@code /} @return whether it names a directory of the initfs */
    public boolean isDirectory(String path) {
        return path.isEmpty() || (find(path) < 0 && !list(path).isEmpty());
    }
}
