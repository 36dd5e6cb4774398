package dev.moka.kernel.ipc.syscall;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moka.kernel.api.syscall.Errno;
import dev.moka.kernel.api.syscall.Fcntl;
import dev.moka.kernel.api.syscall.OpenFlags;
import dev.moka.kernel.api.syscall.SyscallNumbers;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * Random system calls with random arguments, in random sequences on one process: the dispatcher
 * never throws, every result is a value or {@code -errno}, and once the process's descriptors are
 * closed no scheme holds a handle, whatever the calls did.
 *
 * <p>Half the calls are shaped (a file call's number, descriptors near those in use, real names and
 * buffers in the process's memory, plausible flags), so sequences reach deep states: open files,
 * full pipes, nested directories. The rest are raw register values.
 */
class DispatcherFuzzProperties {
    /** Names laid out in the process's memory before the calls run. */
    private static final List<String> NAMES = List.of("null:", "zero:", "rand:", "pipe:", "debug:", "sys:",
            "sys:uname", "sys:context", "time:4", "time:", "ram:", "ram:a", "ram:a/b", "x", "..", ":bad", "nosuch:z",
            "write", "read");
    private static final int[] FILE_CALLS = {SyscallNumbers.OPEN, SyscallNumbers.CLOSE, SyscallNumbers.READ,
        SyscallNumbers.WRITE, SyscallNumbers.LSEEK, SyscallNumbers.DUP, SyscallNumbers.DUP2, SyscallNumbers.FSTAT,
        SyscallNumbers.FPATH, SyscallNumbers.FCNTL, SyscallNumbers.PIPE2, SyscallNumbers.CHDIR, SyscallNumbers.GETCWD,
        SyscallNumbers.MKDIR, SyscallNumbers.GETDENTS};

    /** An argument: a literal, or the address or length of one of {@link #NAMES}, or a buffer in the process's memory. */
    record Arg(int kind, long value) {
        static final int LITERAL = 0;
        static final int NAME_ADDRESS = 1;
        static final int NAME_LENGTH = 2;
        static final int BUFFER = 3;

        long resolve(long[] nameAddresses) {
            return switch (kind) {
                case NAME_ADDRESS -> nameAddresses[(int) value];
                case NAME_LENGTH -> NAMES.get((int) value).length();
                case BUFFER -> UserProcess.BASE + UserProcess.SIZE / 2 + value;
                default -> value;
            };
        }

        @Override
        public String toString() {
            return switch (kind) {
                case NAME_ADDRESS -> "&\"" + NAMES.get((int) value) + "\"";
                case NAME_LENGTH -> "len(\"" + NAMES.get((int) value) + "\")";
                case BUFFER -> "buffer+" + value;
                default -> "0x" + Long.toHexString(value);
            };
        }
    }

    record Call(long number, List<Arg> args) {
        @Override
        public String toString() {
            String name = SyscallNumbers.name(number);
            return (name == null ? "0x" + Long.toHexString(number) : name) + args;
        }
    }

    @Provide
    Arbitrary<List<Call>> calls() {
        return Arbitraries.frequencyOf(
                Tuple.of(1, rawCall()),
                Tuple.of(4, shapedCall())).list().ofMinSize(10).ofMaxSize(60);
    }

    private static Arbitrary<Call> rawCall() {
        Arbitrary<Long> number = Arbitraries.oneOf(Arbitraries.longs(), Arbitraries.longs().between(0, 400),
                Arbitraries.of(Arrays.stream(FILE_CALLS).asLongStream().boxed().toList()));
        Arbitrary<Arg> literal = Arbitraries.longs().map(v -> new Arg(Arg.LITERAL, v));
        return Combinators.combine(number, literal.list().ofSize(6)).as(Call::new);
    }

    private static Arbitrary<Call> shapedCall() {
        // Opens and pipes first of all, so that the other calls find descriptors to work on.
        Arbitrary<Long> number = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.just((long) SyscallNumbers.OPEN)),
                Tuple.of(2, Arbitraries.just((long) SyscallNumbers.PIPE2)),
                Tuple.of(4, Arbitraries.of((long) SyscallNumbers.READ, (long) SyscallNumbers.WRITE, (long) SyscallNumbers.GETDENTS)),
                Tuple.of(4, Arbitraries.of(Arrays.stream(FILE_CALLS).asLongStream().boxed().toList())));
        Arbitrary<Integer> name = Arbitraries.integers().between(0, NAMES.size() - 1);
        Arbitrary<Arg> descriptor = Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.longs().between(0, 4)),
                Tuple.of(1, Arbitraries.longs().between(-2, 12))).map(v -> new Arg(Arg.LITERAL, v));
        Arbitrary<Arg> nameAddress = name.map(i -> new Arg(Arg.NAME_ADDRESS, i));
        Arbitrary<Arg> nameLength = name.map(i -> new Arg(Arg.NAME_LENGTH, i));
        Arbitrary<Arg> buffer = Arbitraries.longs().between(0, UserProcess.SIZE / 2 + 64).map(v -> new Arg(Arg.BUFFER, v));
        Arbitrary<Arg> length = Arbitraries.oneOf(Arbitraries.longs().between(0, 300), Arbitraries.longs().between(0, 70_000),
                Arbitraries.of(-1L, 104L, 4096L, 4097L, Long.MAX_VALUE)).map(v -> new Arg(Arg.LITERAL, v));
        Arbitrary<Arg> openFlags = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.of(OpenFlags.O_RDWR, OpenFlags.O_CREAT | OpenFlags.O_RDWR)),
                Tuple.of(2, Arbitraries.of(OpenFlags.O_RDONLY, OpenFlags.O_DIRECTORY | OpenFlags.O_RDONLY)),
                Tuple.of(2, Arbitraries.of(OpenFlags.O_WRONLY, OpenFlags.O_CREAT | OpenFlags.O_DIRECTORY, OpenFlags.O_NONBLOCK,
                        OpenFlags.O_CLOEXEC | OpenFlags.O_RDONLY, OpenFlags.O_APPEND | OpenFlags.O_WRONLY,
                        OpenFlags.O_TRUNC | OpenFlags.O_RDWR, 0)))
                .map(v -> new Arg(Arg.LITERAL, v));
        // Commands of fcntl, whence of lseek, flags of pipe2.
        Arbitrary<Arg> flags = Arbitraries.oneOf(Arbitraries.longs().between(0, 4),
                Arbitraries.of((long) Fcntl.FD_CLOEXEC, (long) OpenFlags.O_NONBLOCK)).map(v -> new Arg(Arg.LITERAL, v));
        Arbitrary<Arg> any = Arbitraries.oneOf(descriptor, nameAddress, nameLength, buffer, length, flags, openFlags);
        Arbitrary<List<Arg>> pathArgs = Combinators.combine(name, openFlags, any, any, any, any)
                .as((n, f, c, d, e, g) -> List.of(new Arg(Arg.NAME_ADDRESS, n), new Arg(Arg.NAME_LENGTH, n), f, c, d, e));
        Arbitrary<List<Arg>> bufferArgs = Combinators.combine(Arbitraries.oneOf(buffer, any),
                Arbitraries.frequencyOf(Tuple.of(3, flags), Tuple.of(3, length), Tuple.of(1, any)), any, any, any, any)
                .as(List::of);
        Arbitrary<Arg> second = Arbitraries.frequencyOf(Tuple.of(6, buffer), Tuple.of(1, nameAddress), Tuple.of(1, descriptor),
                Tuple.of(1, flags));
        Arbitrary<Arg> third = Arbitraries.frequencyOf(Tuple.of(6, length), Tuple.of(2, flags), Tuple.of(1, nameLength));
        Arbitrary<List<Arg>> fileArgs = Combinators.combine(descriptor, second, third, any, any, any).as(List::of);
        // dup, dup2, lseek, fcntl: a descriptor, then small numbers (a descriptor, an offset, a command).
        Arbitrary<Arg> small = Arbitraries.oneOf(descriptor, flags, Arbitraries.longs().between(-3, 300).map(v -> new Arg(Arg.LITERAL, v)));
        Arbitrary<Arg> tiny = Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.longs().between(0, 2)
                .map(v -> new Arg(Arg.LITERAL, v))), Tuple.of(1, small));
        Arbitrary<List<Arg>> numberArgs = Combinators.combine(descriptor, small, tiny,
                Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(new Arg(Arg.LITERAL, 0))), Tuple.of(1, any)), any, any)
                .as(List::of);
        return number.flatMap(n -> {
            Arbitrary<List<Arg>> args;
            if (n == SyscallNumbers.OPEN || n == SyscallNumbers.CHDIR || n == SyscallNumbers.MKDIR) {
                args = pathArgs;
            } else if (n == SyscallNumbers.PIPE2 || n == SyscallNumbers.GETCWD) {
                args = bufferArgs;
            } else if (n == SyscallNumbers.DUP || n == SyscallNumbers.DUP2 || n == SyscallNumbers.LSEEK
                    || n == SyscallNumbers.FCNTL) {
                args = numberArgs;
            } else {
                args = fileArgs;
            }
            return args.map(list -> new Call(n, list));
        });
    }

    @Property(tries = 400, edgeCases = EdgeCasesMode.NONE)
    void callsNeverThrowStayInRangeAndLeakNoHandle(@ForAll("calls") List<Call> calls) {
        UserProcess process = new UserProcess();
        long[] nameAddresses = new long[NAMES.size()];
        for (int i = 0; i < NAMES.size(); i++) {
            nameAddresses[i] = process.text(NAMES.get(i));
        }
        for (Call call : calls) {
            long[] args = new long[6];
            for (int i = 0; i < 6; i++) {
                args[i] = call.args().get(i).resolve(nameAddresses);
            }
            long result = process.syscalls.dispatch(call.number(), args, process.context);
            assertTrue(result >= 0 || Errno.isError(result), () -> call + " gave " + result);
            String name = SyscallNumbers.name(call.number());
            Statistics.label("calls").collect(name == null ? "no call" : name + (result >= 0 ? " ok" : " failed"));
        }
        process.context.files().closeAll();
        assertEquals(Map.of(), process.leakedHandles());
        Statistics.label("calls").coverage(checker -> {
            for (String reached : new String[] {"open ok", "read ok", "write ok", "lseek ok", "dup ok", "dup2 ok",
                "fstat ok", "fpath ok", "fcntl ok", "pipe2 ok", "chdir ok", "getcwd ok", "mkdir ok", "getdents ok",
                "close ok", "no call"}) {
                checker.check(reached).count(count -> count > 0);
            }
        });
    }
}
