package dev.moka.kernel.ipc.syscall;

import dev.moka.kernel.ipc.Caller;
import dev.moka.kernel.ipc.SchemePath;
import dev.moka.kernel.ipc.fd.FileTable;

/**
 * What the file-like system calls need of the calling process: its descriptors, its memory, its
 * working directory and identity, and a kernel buffer of its own through which the bytes of its
 * calls pass, so that a read or write allocates nothing.
 */
public final class FileContext {
    private final FileTable files;
    private final UserMemory memory;
    private final Caller caller;
    private SchemePath workingDirectory;
    final byte[] buffer = new byte[FileSyscalls.CHUNK];

    /**
     * @param files            the process's descriptors
     * @param memory           the process's memory
     * @param caller           the process's identity, passed to schemes
     * @param workingDirectory where names without a scheme are resolved (see {@link SchemePath})
     */
    public FileContext(FileTable files, UserMemory memory, Caller caller, SchemePath workingDirectory) {
        this.files = files;
        this.memory = memory;
        this.caller = caller;
        this.workingDirectory = workingDirectory;
    }

    /** @return the process's descriptors */
    public FileTable files() {
        return files;
    }

    /** @return the process's memory */
    public UserMemory memory() {
        return memory;
    }

    /** @return the process's identity */
    public Caller caller() {
        return caller;
    }

    /** @return the working directory */
    public SchemePath workingDirectory() {
        return workingDirectory;
    }

    /** @param directory the new working directory; {@code chdir} checks it names a directory first */
    public void setWorkingDirectory(SchemePath directory) {
        this.workingDirectory = directory;
    }
}
