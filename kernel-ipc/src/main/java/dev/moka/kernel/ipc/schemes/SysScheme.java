package dev.moka.kernel.ipc.schemes;

import dev.moka.kernel.api.syscall.Errno;
import dev.moka.kernel.api.syscall.OpenFlags;
import dev.moka.kernel.api.syscall.Stat;
import dev.moka.kernel.ipc.Caller;
import dev.moka.kernel.ipc.Dirents;
import dev.moka.kernel.ipc.Handles;
import dev.moka.kernel.ipc.Scheme;
import dev.moka.kernel.ipc.SchemeRegistry;
import java.util.List;

/**
 * {@code sys:}: read-only files about the running kernel, Redox's names:
 * <ul>
 *   <li>{@code uname}: the system's name, release and machine, one per line;</li>
 *   <li>{@code scheme}: the registered schemes, one name per line;</li>
 *   <li>{@code context}: the processes, a header {@code PID PPID STATE NAME} and one line each, in
 *       columns;</li>
 *   <li>{@code log}: the kernel log;</li>
 *   <li>{@code stat}: figures about the kernel, one {@code name: value} per line; today
 *       {@code frames: <free> free of <total>}.</li>
 * </ul>
 * The root is a directory listing them. A file's contents are taken when it is opened, so reads of
 * one open file see one snapshot, with positions, {@code lseek} and an end like any file. Opening
 * for writing gives {@code -EACCES}.
 */
public final class SysScheme implements Scheme {
    private static final List<String> FILES = List.of("context", "log", "scheme", "stat", "uname");
    private static final byte[] DIRECTORY = new byte[0];

    private final SchemeRegistry registry;
    private final ProcessDirectory processes;
    private final LogBuffer log;
    private final String uname;
    private final KernelStatistics statistics;
    private final Handles<SysFile> handles = new Handles<>();

    /**
     * @param registry  the schemes {@code sys:scheme} lists
     * @param processes the processes {@code sys:context} lists
     * @param log       the kernel log {@code sys:log} shows
     * @param uname     the contents of {@code sys:uname}, such as {@code "Moka\n0.1.0\nx86_64\n"}
     */
    public SysScheme(SchemeRegistry registry, ProcessDirectory processes, LogBuffer log, String uname) {
        this(registry, processes, log, uname, KernelStatistics.none());
    }

    /**
     * @param registry   the schemes {@code sys:scheme} lists
     * @param processes  the processes {@code sys:context} lists
     * @param log        the kernel log {@code sys:log} shows
     * @param uname      the contents of {@code sys:uname}
     * @param statistics the figures {@code sys:stat} shows
     */
    public SysScheme(SchemeRegistry registry, ProcessDirectory processes, LogBuffer log, String uname,
                     KernelStatistics statistics) {
        this.statistics = statistics;
        this.registry = registry;
        this.processes = processes;
        this.log = log;
        this.uname = uname;
    }

    @Override
    public long open(String path, int flags, Caller caller) {
        boolean directory = path.isEmpty();
        if (!directory && !FILES.contains(path)) {
            return -Errno.ENOENT;
        }
        if (OpenFlags.canWrite(flags) || (flags & (OpenFlags.O_CREAT | OpenFlags.O_TRUNC)) != 0) {
            return directory ? -Errno.EISDIR : -Errno.EACCES;
        }
        if (!directory && (flags & OpenFlags.O_DIRECTORY) != 0) {
            return -Errno.ENOTDIR;
        }
        return handles.add(new SysFile(path, directory ? DIRECTORY : contents(path)));
    }

    private byte[] contents(String file) {
        return switch (file) {
            case "uname" -> ascii(uname);
            case "scheme" -> ascii(lines(registry.names()));
            case "context" -> ascii(context());
            case "stat" -> ascii("frames: " + statistics.freeFrames() + " free of " + statistics.totalFrames() + "\n");
            default -> log.snapshot();
        };
    }

    private String context() {
        StringBuilder text = new StringBuilder();
        row(text, "PID", "PPID", "STATE", "NAME");
        for (ProcessInfo process : processes.processes()) {
            row(text, Integer.toString(process.pid()), Integer.toString(process.ppid()), process.state(), process.name());
        }
        return text.toString();
    }

    private static void row(StringBuilder text, String pid, String ppid, String state, String name) {
        pad(text, pid, 7);
        pad(text, ppid, 7);
        pad(text, state, 10);
        text.append(name).append('\n');
    }

    private static void pad(StringBuilder text, String column, int width) {
        text.append(column);
        for (int i = column.length(); i < width; i++) {
            text.append(' ');
        }
        if (column.length() >= width) {
            text.append(' ');
        }
    }

    private static String lines(List<String> names) {
        StringBuilder text = new StringBuilder();
        for (String name : names) {
            text.append(name).append('\n');
        }
        return text.toString();
    }

    private static byte[] ascii(String text) {
        byte[] bytes = new byte[text.length()];
        for (int i = 0; i < bytes.length; i++) {
            char c = text.charAt(i);
            bytes[i] = c < 128 ? (byte) c : (byte) '?';
        }
        return bytes;
    }

    @Override
    public long read(long handle, byte[] buffer, int offset, int length, long position, int flags) {
        SysFile file = handles.get(handle);
        if (file == null) {
            return -Errno.EBADF;
        }
        if (file.isDirectory()) {
            return -Errno.EISDIR;
        }
        if (position < 0) {
            return -Errno.EINVAL;
        }
        if (position >= file.contents.length) {
            return 0;
        }
        int n = (int) Math.min(length, file.contents.length - position);
        System.arraycopy(file.contents, (int) position, buffer, offset, n);
        return n;
    }

    @Override
    public long write(long handle, byte[] buffer, int offset, int length, long position, int flags) {
        return -Errno.EBADF;
    }

    @Override
    public long fsize(long handle) {
        SysFile file = handles.get(handle);
        return file == null ? -Errno.EBADF : file.contents.length;
    }

    @Override
    public long fstat(long handle, byte[] out, int offset) {
        SysFile file = handles.get(handle);
        if (file == null) {
            return -Errno.EBADF;
        }
        Stat stat = file.isDirectory() ? Stat.of(Stat.MODE_DIR | 0555, 0) : Stat.of(Stat.MODE_FILE | 0444, file.contents.length);
        stat.encode(out, offset);
        return 0;
    }

    @Override
    public long fpath(long handle, byte[] buffer, int offset, int length) {
        SysFile file = handles.get(handle);
        return file == null ? -Errno.EBADF : Dirents.copyAscii(file.name, buffer, offset, length);
    }

    @Override
    public long dup(long handle, String how, Caller caller) {
        return handles.get(handle) == null ? -Errno.EBADF : -Errno.EINVAL;
    }

    @Override
    public long getdents(long handle, byte[] buffer, int offset, int length, long index) {
        SysFile file = handles.get(handle);
        if (file == null) {
            return -Errno.EBADF;
        }
        return file.isDirectory() ? Dirents.list(FILES, buffer, offset, length, index) : -Errno.ENOTDIR;
    }

    @Override
    public long close(long handle) {
        return handles.remove(handle) == null ? -Errno.EBADF : 0;
    }

    /** @return how many handles are open, for leak checks */
    public int openHandles() {
        return handles.count();
    }

    /** An open file: its name and the snapshot taken at open; the root has the empty name. */
    private record SysFile(String name, byte[] contents) {
        boolean isDirectory() {
            return name.isEmpty();
        }
    }
}
