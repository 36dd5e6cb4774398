package dev.moka.assembler.image;

import dev.moka.kernel.api.initfs.InitFsLayout;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * Packs files into an initfs (layout: {@link InitFsLayout}). The same files give the same bytes:
 * entries are sorted by path and nothing else (no time, no order of adding) goes in.
 */
public final class InitFsWriter {
    private record File(byte[] data, int kind) {
    }

    private final Map<String, File> files = new TreeMap<>();

    /**
     * @param path       a relative path such as {@code bin/init}: ASCII without spaces or {@code :},
     *                   no empty, {@code .} or {@code ..} part
     * @param data       the contents
     * @param executable whether a process can be started from it
     * @return this writer
     * @throws IllegalArgumentException for a path the kernel would refuse, or one added twice
     */
    public InitFsWriter add(String path, byte[] data, boolean executable) {
        checkPath(path);
        if (files.containsKey(path)) {
            throw new IllegalArgumentException("initfs path added twice: " + path);
        }
        if (files.size() == InitFsLayout.MAX_ENTRIES) {
            throw new IllegalArgumentException("an initfs holds at most " + InitFsLayout.MAX_ENTRIES + " files");
        }
        files.put(path, new File(data.clone(), executable ? InitFsLayout.KIND_EXECUTABLE : InitFsLayout.KIND_FILE));
        return this;
    }

    private static void checkPath(String path) {
        if (path.isEmpty() || path.length() > InitFsLayout.MAX_PATH || path.startsWith("/") || path.endsWith("/")) {
            throw new IllegalArgumentException("bad initfs path \"" + path + "\": relative, 1 to "
                    + InitFsLayout.MAX_PATH + " characters, no leading or trailing /");
        }
        for (String part : path.split("/", -1)) {
            if (part.isEmpty() || part.equals(".") || part.equals("..")) {
                throw new IllegalArgumentException("bad initfs path \"" + path + "\": empty, . or .. part");
            }
        }
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c <= ' ' || c >= 0x7f || c == ':') {
                throw new IllegalArgumentException("bad initfs path \"" + path + "\": only printable ASCII without space or :");
            }
        }
    }

    /** @return the packed initfs */
    public byte[] toBytes() {
        // A file and a directory of one name would make a path mean two things.
        for (String path : files.keySet()) {
            for (String other : files.keySet()) {
                if (other.startsWith(path + "/")) {
                    throw new IllegalArgumentException("initfs path " + path + " is both a file and a directory");
                }
            }
        }
        int count = files.size();
        int pathsStart = InitFsLayout.HEADER_SIZE + count * InitFsLayout.ENTRY_SIZE;
        ByteArrayOutputStream paths = new ByteArrayOutputStream();
        for (String path : files.keySet()) {
            paths.writeBytes(path.getBytes(StandardCharsets.US_ASCII));
        }
        long dataStart = align(pathsStart + paths.size());
        long end = dataStart;
        for (File f : files.values()) {
            end = align(end) + f.data().length;
        }
        if (end > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("initfs larger than 2 GiB");
        }
        ByteBuffer out = ByteBuffer.allocate((int) end).order(ByteOrder.LITTLE_ENDIAN);
        out.put(InitFsLayout.MAGIC.getBytes(StandardCharsets.US_ASCII));
        out.putInt(InitFsLayout.VERSION).putInt(count).putLong(end);
        int pathOffset = pathsStart;
        long dataOffset = dataStart;
        for (Map.Entry<String, File> e : files.entrySet()) {
            int pathLength = e.getKey().length();
            out.putLong(dataOffset).putLong(e.getValue().data().length).putInt(pathOffset).putInt(pathLength)
                    .putInt(e.getValue().kind()).putInt(0);
            out.put((int) dataOffset, e.getValue().data());
            pathOffset += pathLength;
            dataOffset = align(dataOffset + e.getValue().data().length);
        }
        out.put(pathsStart, paths.toByteArray());
        return out.array();
    }

    private static long align(long offset) {
        return (offset + InitFsLayout.DATA_ALIGNMENT - 1) & -(long) InitFsLayout.DATA_ALIGNMENT;
    }
}
