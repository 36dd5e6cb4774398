package dev.moka.kernel.core.process;

import dev.moka.kernel.api.arch.UserMode;
import dev.moka.kernel.api.boot.KernelContext;
import dev.moka.kernel.api.mm.PhysicalMemory;
import dev.moka.kernel.api.mm.UserAddressSpace;
import dev.moka.kernel.api.syscall.Errno;
import dev.moka.kernel.ipc.fd.FileTable;
import dev.moka.kernel.ipc.syscall.FileSyscalls;

/**
 * Starts user programs from the initfs, each in a process and an address space of its own, and runs
 * it on the calling kernel thread until it ends: the executable is checked, mapped and given its
 * arguments, the thread drops to user mode, and when the program exits or faults its space goes back
 * to the frame allocator, page tables and all. A program the kernel cannot start (missing, not an
 * executable, malformed, no memory) gets an error, never a kernel fault.
 */
public final class ProgramRunner {
    /** Not an executable file. */
    public static final int ENOEXEC = LoadedProgram.ENOEXEC;

    private final KernelContext kernel;
    private final InitFs initFs;
    private final ProcessTable table;
    private final KernelSchemes schemes;
    private final FileSyscalls files;

    /**
     * @param kernel  the running kernel
     * @param initFs  the programs and files to start from
     * @param table   where the processes are recorded
     * @param schemes the schemes processes open files in
     */
    public ProgramRunner(KernelContext kernel, InitFs initFs, ProcessTable table, KernelSchemes schemes) {
        this.kernel = kernel;
        this.initFs = initFs;
        this.table = table;
        this.schemes = schemes;
        this.files = new FileSyscalls(schemes.registry(), schemes.blocker());
    }

    /**
     * Runs a program to its end.
     *
     * @param parent the starting process, or null for the first one
     * @param path   the executable's path in the initfs, such as {@code bin/hello}
     * @param argv   the arguments, the program's name first
     * @param envp   the environment
     * @return the process's wait status ({@link WaitStatus}), or a negated errno when it could not start
     */
    public long run(Process parent, String path, String[] argv, String[] envp) {
        UserMode mode = kernel.arch().userMode();
        PhysicalMemory memory = kernel.arch().physicalMemory();
        if (mode == null || memory == null) {
            return -Errno.ENOSYS;
        }
        int index = initFs.find(path);
        if (index < 0) {
            return -Errno.ENOENT;
        }
        if (!initFs.executable(index)) {
            return -Errno.EACCES;
        }
        LoadedProgram loaded = LoadedProgram.load(kernel, initFs.data(index), path, argv, envp);
        if (loaded.error() != 0) {
            return loaded.error();
        }
        UserAddressSpace space = loaded.space();
        ProgramImage image = loaded.image();
        Process process = table.create(parent, argv.length > 0 ? argv[0] : path);
        if (process == null) {
            space.destroy();
            return -Errno.EAGAIN;
        }
        FileTable streams = schemes.consoleStreams(process.pid());
        if (streams == null) {
            table.end(process, WaitStatus.signaled(WaitStatus.SIGKILL));
            if (parent != null) {
                table.collect(parent, process.pid());
            }
            space.destroy();
            return -Errno.EMFILE;
        }
        long kernelRoot = memory.activeRoot();
        space.activate();
        long result = mode.enterUser(image.entry(), image.stackPointer(), 0, 0,
                new ProcessCalls(kernel.arch(), mode, space, process, image, files, streams, kernel::println, null,
                        kernel.frames()));
        memory.activate(kernelRoot);
        streams.closeAll();
        int status = result == UserMode.UNRESUMABLE ? WaitStatus.signaled(WaitStatus.SIGSEGV) : (int) result;
        table.end(process, status);
        if (parent != null) {
            table.collect(parent, process.pid());
        }
        space.destroy();
        return status;
    }
}
