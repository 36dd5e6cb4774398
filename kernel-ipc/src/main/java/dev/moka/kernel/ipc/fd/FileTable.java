package dev.moka.kernel.ipc.fd;

import dev.moka.kernel.api.syscall.Errno;

/**
 * A process's file descriptors: small numbers naming {@link OpenFile}s, with POSIX rules.
 * <ul>
 *   <li>A new descriptor is the lowest free number; a process has at most {@link #limit()} at once,
 *       and asking for more gives {@code -EMFILE}.</li>
 *   <li>{@link #dup} and {@link #dup2} make descriptors that share the open file (and so its
 *       position); the copy never has close-on-exec. {@code dup2} onto an open descriptor closes it
 *       first; {@code dup2(fd, fd)} changes nothing.</li>
 *   <li>Close-on-exec belongs to the descriptor, not the open file; {@link #closeForExec} and
 *       {@link #inherit} honour it.</li>
 *   <li>{@link #closeAll} closes everything, as process exit does.</li>
 * </ul>
 * Methods taking a descriptor give {@code -EBADF} for one that is not open; none throws.
 */
public final class FileTable {
    /** The descriptor limit of a process unless its creator gives another. */
    public static final int DEFAULT_LIMIT = 256;

    private static final int INITIAL_CAPACITY = 16;

    private final int limit;
    private OpenFile[] files;
    private boolean[] cloexecFlags;
    private int open;

    /** A table with {@link #DEFAULT_LIMIT}. */
    public FileTable() {
        this(DEFAULT_LIMIT);
    }

    /** @param limit the most descriptors open at once, at least 1 */
    public FileTable(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("a file table needs room for at least one descriptor, not " + limit);
        }
        this.limit = limit;
        int capacity = Math.min(limit, INITIAL_CAPACITY);
        files = new OpenFile[capacity];
        cloexecFlags = new boolean[capacity];
    }

    /** @return the most descriptors open at once */
    public int limit() {
        return limit;
    }

    /** @return how many descriptors are open */
    public int openCount() {
        return open;
    }

    /**
     * @param count a number of descriptors
     * @return whether that many more can be opened now
     */
    public boolean hasRoomFor(int count) {
        return limit - open >= count;
    }

    /**
     * @param fd any number
     * @return the open file, or null when {@code fd} is not open
     */
    public OpenFile get(int fd) {
        return fd >= 0 && fd < files.length ? files[fd] : null;
    }

    /**
     * @param file        an open file; this descriptor becomes one of its references
     * @param closeOnExec whether the descriptor closes when the process runs a new program
     * @return the lowest free descriptor, now naming {@code file}, or {@code -EMFILE}
     */
    public long install(OpenFile file, boolean closeOnExec) {
        return installAtLeast(file, 0, closeOnExec);
    }

    /**
     * @param file        an open file
     * @param lowest      the smallest descriptor acceptable
     * @param closeOnExec the new descriptor's close-on-exec flag
     * @return the lowest free descriptor at or above {@code lowest}, or {@code -EMFILE} (also for
     *         {@code lowest} at or past the limit), or {@code -EINVAL} for a negative {@code lowest}
     */
    public long installAtLeast(OpenFile file, int lowest, boolean closeOnExec) {
        if (lowest < 0) {
            return -Errno.EINVAL;
        }
        if (open >= limit) {
            return -Errno.EMFILE;
        }
        for (int fd = lowest; fd < limit; fd++) {
            if (fd >= files.length) {
                grow(fd);
            }
            if (files[fd] == null) {
                place(fd, file, closeOnExec);
                return fd;
            }
        }
        return -Errno.EMFILE;
    }

    /**
     * Puts a file at a chosen descriptor, closing what was there.
     *
     * @param fd          the descriptor, {@code 0 <= fd < limit}
     * @param file        an open file
     * @param closeOnExec the descriptor's close-on-exec flag
     * @return {@code fd}, or {@code -EBADF} for a number outside the table
     */
    public long installAt(int fd, OpenFile file, boolean closeOnExec) {
        if (fd < 0 || fd >= limit) {
            return -Errno.EBADF;
        }
        if (fd >= files.length) {
            grow(fd);
        }
        if (files[fd] != null) {
            // POSIX: dup2 closes the target silently; an error from that close is lost.
            close(fd);
        }
        place(fd, file, closeOnExec);
        return fd;
    }

    /**
     * @param fd an open descriptor
     * @return a new descriptor, the lowest free, sharing the open file; {@code -EBADF} or {@code -EMFILE}
     */
    public long dup(int fd) {
        return dupAtLeast(fd, 0);
    }

    /**
     * {@code fcntl(F_DUPFD)}.
     *
     * @param fd     an open descriptor
     * @param lowest the smallest acceptable new descriptor
     * @return the new descriptor, {@code -EBADF}, {@code -EINVAL} for a negative {@code lowest}, or {@code -EMFILE}
     */
    public long dupAtLeast(int fd, int lowest) {
        OpenFile file = get(fd);
        if (file == null) {
            return -Errno.EBADF;
        }
        return installAtLeast(file, lowest, false);
    }

    /**
     * @param fd     an open descriptor
     * @param target the descriptor to make, closed first if open
     * @return {@code target}, or {@code -EBADF} when {@code fd} is not open or {@code target} is
     *         outside {@code 0..limit-1}
     */
    public long dup2(int fd, int target) {
        OpenFile file = get(fd);
        if (file == null || target < 0 || target >= limit) {
            return -Errno.EBADF;
        }
        if (fd == target) {
            return target;
        }
        return installAt(target, file, false);
    }

    /**
     * @param fd a descriptor
     * @return 0, or the error of closing the scheme handle when this was the open file's last
     *         descriptor (the descriptor is free either way), or {@code -EBADF}
     */
    public long close(int fd) {
        OpenFile file = get(fd);
        if (file == null) {
            return -Errno.EBADF;
        }
        files[fd] = null;
        cloexecFlags[fd] = false;
        open--;
        return file.release();
    }

    /**
     * @param fd an open descriptor
     * @return 1 when it closes on exec, 0 when not, {@code -EBADF}
     */
    public long closeOnExecFlag(int fd) {
        if (get(fd) == null) {
            return -Errno.EBADF;
        }
        return cloexecFlags[fd] ? 1 : 0;
    }

    /**
     * @param fd    an open descriptor
     * @param value whether it closes on exec
     * @return 0 or {@code -EBADF}
     */
    public long setCloseOnExecFlag(int fd, boolean value) {
        if (get(fd) == null) {
            return -Errno.EBADF;
        }
        cloexecFlags[fd] = value;
        return 0;
    }

    /** Closes every descriptor marked close-on-exec, as running a new program does. */
    public void closeForExec() {
        for (int fd = 0; fd < files.length; fd++) {
            if (files[fd] != null && cloexecFlags[fd]) {
                close(fd);
            }
        }
    }

    /** Closes every descriptor, as process exit does. */
    public void closeAll() {
        for (int fd = 0; fd < files.length; fd++) {
            if (files[fd] != null) {
                close(fd);
            }
        }
    }

    /**
     * The table a new process starts with: the same descriptors naming the same open files (so
     * parent and child share positions), except those marked close-on-exec.
     *
     * @param childLimit the new table's limit; descriptors at or above it are not inherited
     * @return the new table
     */
    public FileTable inherit(int childLimit) {
        FileTable child = new FileTable(childLimit);
        for (int fd = 0; fd < files.length && fd < childLimit; fd++) {
            if (files[fd] != null && !cloexecFlags[fd]) {
                child.installAt(fd, files[fd], false);
            }
        }
        return child;
    }

    private void place(int fd, OpenFile file, boolean cloexec) {
        files[fd] = file;
        cloexecFlags[fd] = cloexec;
        file.retain();
        open++;
    }

    private void grow(int fd) {
        int capacity = files.length;
        while (capacity <= fd) {
            capacity *= 2;
        }
        capacity = Math.min(capacity, limit);
        OpenFile[] grownFiles = new OpenFile[capacity];
        boolean[] grownFlags = new boolean[capacity];
        System.arraycopy(files, 0, grownFiles, 0, files.length);
        System.arraycopy(cloexecFlags, 0, grownFlags, 0, cloexecFlags.length);
        files = grownFiles;
        cloexecFlags = grownFlags;
    }
}
