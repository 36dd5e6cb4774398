package dev.moka.assembler.bench;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

/**
 * What starting a process from the bench's JVM and waiting for it costs by itself, measured by
 * timing an executable that does nothing but exit: 129 bytes, one loadable segment, three
 * instructions ({@code exit(0)}). Every whole-process time the bench takes includes it (the JVM
 * starts a helper that executes the program, and on a virtual machine that costs several
 * milliseconds), while HotSpot's steady-state run happens inside one JVM and pays none of it; so the
 * bench subtracts it from both sides' whole-process times. The program that exits at once is static
 * and has no loader to run, so what is subtracted is the harness's cost, not part of any program's.
 */
public final class LaunchOverhead {
    private static final long BASE = 0x400000;
    private static final int HEADERS = 64 + 56;
    /** {@code mov eax, 60; xor edi, edi; syscall}. */
    private static final byte[] EXIT = {(byte) 0xb8, 60, 0, 0, 0, 0x31, (byte) 0xff, 0x0f, 0x05};

    private LaunchOverhead() {
    }

    /**
     * @param dir    where to write the executable
     * @param trials how many times to start it
     * @return the shortest time, in nanoseconds, from starting it to seeing it exit
     * @throws IOException when it cannot be written or run
     */
    public static long measure(Path dir, int trials) throws IOException {
        Path exe = dir.resolve("exit-at-once");
        Files.write(exe, exitAtOnce());
        Files.setPosixFilePermissions(exe, PosixFilePermissions.fromString("rwxr-xr-x"));
        long best = Long.MAX_VALUE;
        for (int i = 0; i < trials; i++) {
            ProcessRun run = ProcessRun.runDiscardingOutput(List.of(exe.toString()), dir, "exit-at-once", 10,
                    Map.of());
            if (run.status() != 0) {
                throw new IOException("the executable that only exits ended with status " + run.status());
            }
            best = Math.min(best, run.nanos());
        }
        return best;
    }

    /** @return a static x86_64 Linux executable whose entry point calls exit(0) */
    static byte[] exitAtOnce() {
        int size = HEADERS + EXIT.length;
        ByteBuffer elf = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
        elf.put(new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0});
        elf.putShort((short) 2);          // ET_EXEC
        elf.putShort((short) 0x3e);       // EM_X86_64
        elf.putInt(1);                    // EV_CURRENT
        elf.putLong(BASE + HEADERS);      // entry
        elf.putLong(64);                  // program headers follow the ELF header
        elf.putLong(0);                   // no section headers
        elf.putInt(0);                    // flags
        elf.putShort((short) 64);         // ELF header size
        elf.putShort((short) 56);         // program header size
        elf.putShort((short) 1);          // one program header
        elf.putShort((short) 64);         // section header size
        elf.putShort((short) 0);          // no section headers
        elf.putShort((short) 0);          // no section name table
        elf.putInt(1);                    // PT_LOAD
        elf.putInt(5);                    // readable and executable
        elf.putLong(0);                   // from the file's start
        elf.putLong(BASE);
        elf.putLong(BASE);
        elf.putLong(size);
        elf.putLong(size);
        elf.putLong(0x1000);
        elf.put(EXIT);
        return elf.array();
    }
}
