package dev.moka.kernel.ipc.syscall;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moka.kernel.api.syscall.Errno;
import dev.moka.kernel.api.syscall.LittleEndian;
import dev.moka.kernel.api.syscall.SyscallNumbers;
import dev.moka.kernel.ipc.Blocker;
import dev.moka.kernel.ipc.Caller;
import dev.moka.kernel.ipc.SchemePath;
import dev.moka.kernel.ipc.SchemeRegistry;
import dev.moka.kernel.ipc.fd.FileTable;
import dev.moka.kernel.ipc.schemes.DebugScheme;
import dev.moka.kernel.ipc.schemes.LogBuffer;
import dev.moka.kernel.ipc.schemes.NullScheme;
import dev.moka.kernel.ipc.schemes.PipeScheme;
import dev.moka.kernel.ipc.schemes.ProcessInfo;
import dev.moka.kernel.ipc.schemes.RamScheme;
import dev.moka.kernel.ipc.schemes.RandScheme;
import dev.moka.kernel.ipc.schemes.SysScheme;
import dev.moka.kernel.ipc.schemes.TimeScheme;
import dev.moka.kernel.ipc.schemes.ZeroScheme;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntSupplier;

/**
 * A process as the dispatcher sees it, for tests: a kernel with every kernel scheme registered, and
 * one process with its memory, its descriptors and a working directory of {@code ram:}. Buffers for
 * arguments are laid out in its memory one after another ({@link #text}, {@link #buffer}); the
 * layout wraps round when the memory is used up.
 */
final class UserProcess {
    static final long BASE = 0x40_0000;
    static final int SIZE = 1 << 20;

    final SchemeRegistry registry;
    final FileSyscalls syscalls;
    final ArrayUserMemory memory = new ArrayUserMemory(BASE, SIZE);
    final FileContext context;
    final ByteArrayOutputStream console;
    final LogBuffer log;
    /** Every scheme of the kernel with its count of open handles, for leak checks. */
    final Map<String, IntSupplier> openHandles;
    private long next = BASE;

    UserProcess() {
        this(FileTable.DEFAULT_LIMIT, Blocker.refusing());
    }

    UserProcess(int limit, Blocker blocker) {
        registry = new SchemeRegistry();
        console = new ByteArrayOutputStream();
        log = new LogBuffer();
        NullScheme nul = new NullScheme();
        ZeroScheme zero = new ZeroScheme();
        RandScheme rand = new RandScheme(1);
        PipeScheme pipe = new PipeScheme(blocker);
        DebugScheme debug = new DebugScheme(console::write, blocker);
        SysScheme sys = new SysScheme(registry, () -> List.of(new ProcessInfo(1, 0, "running", "init")), log, "Moka\n");
        TimeScheme time = new TimeScheme(clock -> 1_000_000_000L * clock);
        RamScheme ram = new RamScheme(1 << 20);
        registry.register("null", nul);
        registry.register("zero", zero);
        registry.register("rand", rand);
        registry.register("pipe", pipe);
        registry.register("debug", debug);
        registry.register("sys", sys);
        registry.register("time", time);
        registry.register("ram", ram);
        openHandles = Map.of("null", nul::openHandles, "zero", zero::openHandles, "rand", rand::openHandles,
                "pipe", pipe::openHandles, "debug", debug::openHandles, "sys", sys::openHandles,
                "time", time::openHandles, "ram", ram::openHandles);
        syscalls = new FileSyscalls(registry, blocker);
        context = new FileContext(new FileTable(limit), memory, new Caller(1, 0, 0), new SchemePath("ram", ""));
    }

    /** Another process of the same kernel, sharing its schemes. */
    UserProcess(UserProcess kernel, FileTable files) {
        registry = kernel.registry;
        console = kernel.console;
        log = kernel.log;
        openHandles = kernel.openHandles;
        syscalls = kernel.syscalls;
        context = new FileContext(files, memory, new Caller(2, 0, 0), new SchemePath("ram", ""));
    }

    long call(int number, long... args) {
        long result = syscalls.dispatch(number, args, context);
        assertTrue(result >= 0 || Errno.isError(result), () -> "out of range: " + result);
        return result;
    }

    /** Lays out {@code bytes} in user memory and returns their address. */
    long bytes(byte[] bytes) {
        long address = reserve(bytes.length);
        memory.put(address, bytes);
        return address;
    }

    long text(String text) {
        return bytes(text.getBytes(StandardCharsets.US_ASCII));
    }

    /** Reserves {@code length} zeroed bytes of user memory. */
    long buffer(int length) {
        long address = reserve(length);
        memory.put(address, new byte[length]);
        return address;
    }

    private long reserve(int length) {
        if (next + length > BASE + SIZE) {
            next = BASE;
        }
        long address = next;
        next += length;
        return address;
    }

    long open(String path, int flags) {
        return call(SyscallNumbers.OPEN, text(path), path.length(), flags);
    }

    long write(long fd, String text) {
        return call(SyscallNumbers.WRITE, fd, text(text), text.length());
    }

    long write(long fd, byte[] bytes) {
        return call(SyscallNumbers.WRITE, fd, bytes(bytes), bytes.length);
    }

    /** Reads up to {@code max} bytes; the bytes, or a failure naming the error. */
    byte[] read(long fd, int max) {
        long address = buffer(max);
        long n = call(SyscallNumbers.READ, fd, address, max);
        assertTrue(n >= 0, () -> "read gave " + Errno.describe(n));
        return memory.get(address, (int) n);
    }

    String readText(long fd, int max) {
        return new String(read(fd, max), StandardCharsets.US_ASCII);
    }

    long lseek(long fd, long offset, int whence) {
        return call(SyscallNumbers.LSEEK, fd, offset, whence);
    }

    long close(long fd) {
        return call(SyscallNumbers.CLOSE, fd);
    }

    /** {@code pipe2}: the read and write descriptors, or a failure naming the error. */
    long[] pipe(int flags) {
        long address = buffer(16);
        long result = call(SyscallNumbers.PIPE2, address, flags);
        assertTrue(result == 0, () -> "pipe2 gave " + Errno.describe(result));
        byte[] pair = memory.get(address, 16);
        return new long[] {LittleEndian.getLong(pair, 0), LittleEndian.getLong(pair, 8)};
    }

    /** A text result of a call that fills a buffer (fpath, getcwd, getdents). */
    String textCall(int number, long fd, int max) {
        long address = buffer(max);
        long n = number == SyscallNumbers.GETCWD ? call(number, address, max) : call(number, fd, address, max);
        assertTrue(n >= 0, () -> SyscallNumbers.name(number) + " gave " + Errno.describe(n));
        return new String(memory.get(address, (int) n), StandardCharsets.US_ASCII);
    }

    /** @return the schemes that still have handles open, with their counts; empty when nothing leaked */
    Map<String, Integer> leakedHandles() {
        Map<String, Integer> leaked = new TreeMap<>();
        openHandles.forEach((name, count) -> {
            if (count.getAsInt() != 0) {
                leaked.put(name, count.getAsInt());
            }
        });
        return leaked;
    }
}
