package dev.moka.kernel.core.process;

import dev.moka.kernel.api.arch.ArchPack;
import dev.moka.kernel.api.syscall.OpenFlags;
import dev.moka.kernel.ipc.Blocker;
import dev.moka.kernel.ipc.Caller;
import dev.moka.kernel.ipc.SchemeRegistry;
import dev.moka.kernel.ipc.fd.FileTable;
import dev.moka.kernel.ipc.fd.OpenFile;
import dev.moka.kernel.ipc.schemes.DebugScheme;
import dev.moka.kernel.ipc.schemes.KernelStatistics;
import dev.moka.kernel.ipc.schemes.LogBuffer;
import dev.moka.kernel.ipc.schemes.NullScheme;
import dev.moka.kernel.ipc.schemes.PipeScheme;
import dev.moka.kernel.ipc.schemes.ProcessInfo;
import dev.moka.kernel.ipc.schemes.RandScheme;
import dev.moka.kernel.ipc.schemes.SysScheme;
import dev.moka.kernel.ipc.schemes.TimeScheme;
import dev.moka.kernel.ipc.schemes.ZeroScheme;
import java.util.ArrayList;
import java.util.List;

/**
 * The schemes the kernel serves its processes: {@code debug:} (the console), {@code null:},
 * {@code zero:}, {@code rand:}, {@code pipe:}, {@code sys:} (with {@code context} listing the process
 * table), {@code time:} and {@code initfs:} (the image's programs and files, read-only). Whether a
 * read can wait (an empty pipe with a writer, the console before input arrives) depends on the
 * blockers it is given: programs that run one at a time on the caller's thread cannot, and such a
 * read answers EINTR.
 */
public final class KernelSchemes {
    /** What {@code sys:uname} reads. */
    public static final String UNAME = "Moka";

    private final SchemeRegistry registry = new SchemeRegistry();
    private final Blocker waits;
    private final DebugScheme debug;
    /** What {@code time:} reads: the cycle counter until {@link #useClock} gives the timer's clock. */
    private volatile dev.moka.kernel.ipc.schemes.Clock time;

    /**
     * @param arch     the machine, whose console is {@code debug:} and whose cycle counter is the clock
     * @param table    the processes {@code sys:context} lists
     * @param version  the Moka version, for {@code sys:uname}
     * @param initFs   what {@code initfs:} serves
     */
    public KernelSchemes(ArchPack arch, ProcessTable table, String version, InitFs initFs) {
        this(arch, table, version, initFs, Blocker.refusing());
    }

    /**
     * As {@link #KernelSchemes(ArchPack, ProcessTable, String, InitFs)}, with pipes that make a reader
     * or writer wait through {@code pipes} when they cannot go on.
     *
     * @param arch    the machine
     * @param table   the processes {@code sys:context} lists
     * @param version the Moka version
     * @param initFs  what {@code initfs:} serves
     * @param pipes   how a pipe's reader or writer waits
     */
    public KernelSchemes(ArchPack arch, ProcessTable table, String version, InitFs initFs, Blocker pipes) {
        // Without a console driver feeding input, a read of the console finds the end at once
        // instead of waiting forever.
        this(arch, table, version, initFs, pipes, Blocker.refusing());
    }

    /**
     * As {@link #KernelSchemes(ArchPack, ProcessTable, String, InitFs, Blocker)}, with a console whose
     * readers wait through {@code console} for the input a {@link ConsoleDriver} feeds it.
     *
     * @param arch    the machine
     * @param table   the processes {@code sys:context} lists
     * @param version the Moka version
     * @param initFs  what {@code initfs:} serves
     * @param pipes   how a pipe's reader or writer waits
     * @param console how a reader of the console waits for input
     */
    public KernelSchemes(ArchPack arch, ProcessTable table, String version, InitFs initFs, Blocker pipes,
                         Blocker console) {
        this(arch, table, version, initFs, pipes, console, KernelStatistics.none());
    }

    /**
     * As {@link #KernelSchemes(ArchPack, ProcessTable, String, InitFs, Blocker, Blocker)}, with the
     * figures {@code sys:stat} shows.
     *
     * @param arch       the machine
     * @param table      the processes {@code sys:context} lists
     * @param version    the Moka version
     * @param initFs     what {@code initfs:} serves
     * @param pipes      how a pipe's reader or writer waits
     * @param console    how a reader of the console waits for input
     * @param statistics the kernel's figures
     */
    public KernelSchemes(ArchPack arch, ProcessTable table, String version, InitFs initFs, Blocker pipes,
                         Blocker console, KernelStatistics statistics) {
        Blocker blocker = console;
        time = clock -> arch.cycles();
        this.waits = pipes;
        debug = new DebugScheme((bytes, offset, length) -> {
            for (int i = 0; i < length; i++) {
                arch.consoleWrite(bytes[offset + i]);
            }
        }, blocker);
        registry.register("debug", debug);
        registry.register("null", new NullScheme());
        registry.register("zero", new ZeroScheme());
        registry.register("rand", new RandScheme(arch.cycles() | 1));
        registry.register("pipe", new PipeScheme(pipes));
        registry.register("time", new TimeScheme(clock -> time.nanos(clock)));
        registry.register("initfs", new InitFsScheme(initFs));
        registry.register("sys", new SysScheme(registry, () -> processes(table), new LogBuffer(),
                UNAME + "\n" + version + "\n" + arch.name() + "\n", statistics));
    }

    private static List<ProcessInfo> processes(ProcessTable table) {
        List<ProcessInfo> list = new ArrayList<>();
        for (Process p : table.list()) {
            list.add(new ProcessInfo(p.pid(), p.ppid(), ProcessSystem.stateOf(p), p.name()));
        }
        return list;
    }

    /**
     * @param pid the process the table is for
     * @return a new file table whose descriptors 0, 1 and 2 are the console, or null when the console
     *         cannot be opened
     */
    public FileTable consoleStreams(int pid) {
        FileTable table = new FileTable();
        Caller caller = new Caller(pid, 0, 0);
        int[] modes = {OpenFlags.O_RDONLY, OpenFlags.O_WRONLY, OpenFlags.O_WRONLY};
        for (int fd = 0; fd < modes.length; fd++) {
            long handle = debug.open("", modes[fd], caller);
            if (handle < 0 || table.installAt(fd, new OpenFile(debug, "debug", handle, modes[fd]), false) != fd) {
                table.closeAll();
                return null;
            }
        }
        return table;
    }

    /** @param clock what {@code time:} reads from now on, such as the thread layer's uptime */
    public void useClock(dev.moka.kernel.ipc.schemes.Clock clock) {
        time = clock;
    }

    /**
     * @return how processes wait on one another through schemes: the pipes' blocker, which user
     *         schemes' callers and daemons wait through too
     */
    public Blocker blocker() {
        return waits;
    }

    /** @return the registry the file-like system calls resolve names in */
    public SchemeRegistry registry() {
        return registry;
    }

    /** @return the console scheme, whose handles a process's standard streams are */
    public DebugScheme debug() {
        return debug;
    }
}
