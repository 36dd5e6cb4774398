package dev.moka.assembler.hosted;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moka.assembler.config.ImageConfig;
import dev.moka.assembler.image.InitFsWriter;
import dev.moka.kernel.core.process.ByteSource;
import dev.moka.kernel.core.process.ElfExecutable;
import dev.moka.userland.init.Init;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The hosted executables and what the hosted user mode does with files that are not Java programs. */
class HostedUserModeTest {
    private static final long USER_START = 0x80_0000_0000L;
    private static final long USER_END = 0x8000_0000_0000L;

    private static ByteSource source(byte[] bytes) {
        return new ByteSource() {
            @Override
            public long size() {
                return bytes.length;
            }

            @Override
            public int u8(long offset) {
                return bytes[(int) offset] & 0xFF;
            }
        };
    }

    @Test
    void theKernelsElfLoaderAcceptsAHostedExecutable() throws Exception {
        byte[] file = HostedExecutable.of("dev.moka.userland.init.Init");
        ElfExecutable elf = ElfExecutable.parse(source(file), USER_START, USER_END);
        assertEquals(2, elf.segments().size());
        assertTrue(elf.segments().get(0).executable() && !elf.segments().get(0).writable());
        assertEquals(HostedExecutable.WINDOW, elf.segments().get(1).address());
        assertEquals(0, elf.segments().get(1).fileSize());
        assertEquals(HostedExecutable.WINDOW_BYTES, elf.segments().get(1).memorySize());
        String atEntry = new String(file, (int) (elf.entry() - HostedExecutable.BASE), file.length
                - (int) (elf.entry() - HostedExecutable.BASE), StandardCharsets.ISO_8859_1);
        assertEquals(HostedExecutable.TAG + "dev.moka.userland.init.Init\0", atEntry);
    }

    /**
     * A file the kernel loads as it would any ELF executable but whose entry names no Java class (as
     * a program compiled for the native machine) ends with an invalid-opcode fault, reported by the
     * kernel as natively, while init and the system go on.
     */
    @Test
    void anExecutableThatNamesNoJavaProgramIsKilledWithAnInvalidOpcode() {
        byte[] notJava = HostedExecutable.of("dev.moka.userland.coreutils.True");
        byte[] tag = HostedExecutable.TAG.getBytes(StandardCharsets.ISO_8859_1);
        int at = indexOf(notJava, tag);
        Arrays.fill(notJava, at, at + tag.length, (byte) 0x90); // nop: machine code, not a class name
        byte[] initFs = new InitFsWriter()
                .add("bin/init", HostedExecutable.of(Init.class.getName()), true)
                .add("bin/sh", HostedExecutable.of("dev.moka.userland.sh.Shell"), true)
                .add("bin/native", notJava, true)
                .add("etc/init.rc", "run native\necho after\n".getBytes(StandardCharsets.UTF_8), false)
                .toBytes();
        ByteArrayOutputStream serial = new ByteArrayOutputStream();
        ImageConfig config = new ImageConfig(null, new ImageConfig.KernelSection("round-robin", "bitmap"));
        HostedResult result = HostedRunner.run(config, "0.1.0-test", 64L << 20, initFs, null, serial);
        String out = serial.toString(StandardCharsets.UTF_8);
        assertTrue(out.contains("native[2]: killed: #UD invalid opcode, rip 0x" + Long.toHexString(HostedExecutable.BASE
                + at) + "\n"), out);
        assertTrue(out.contains("init: line 1: native ended with status 132\n"), out);
        assertTrue(out.contains("\nafter\n"), out);
        assertEquals(new HostedResult(true, HostedUsertestsTest.SHUTDOWN, 0), result, out);
    }

    private static int indexOf(byte[] data, byte[] part) {
        for (int i = 0; i + part.length <= data.length; i++) {
            if (Arrays.equals(data, i, i + part.length, part, 0, part.length)) {
                return i;
            }
        }
        throw new AssertionError("not found");
    }
}
