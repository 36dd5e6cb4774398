package dev.moka.assembler.boot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moka.assembler.config.ImageConfig;
import dev.moka.assembler.config.MokaVersion;
import dev.moka.assembler.hosted.HostedResult;
import dev.moka.assembler.hosted.HostedRunner;
import dev.moka.assembler.image.AssembledImage;
import dev.moka.assembler.image.ImageBuilder;
import dev.moka.assembler.image.ImageSpec;
import dev.moka.assembler.providers.ProviderCatalog;
import dev.moka.assembler.qemu.QemuResult;
import dev.moka.assembler.qemu.QemuRunner;
import dev.moka.assembler.x86.Assembler;
import dev.moka.kernel.api.boot.KernelImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * User mode on x86_64, end to end: {@link UserModeJob}'s hand-assembled programs run in ring 3 of a
 * QEMU guest, make system calls, fault in every way the job lists without stopping the kernel, are
 * preempted by the timer while another kernel thread and the collector run, and their space gives
 * every frame back. Under {@code -icount shift=0} the job's time-stamp figure of a null system call
 * is a count of guest instructions. Hosted, the machine has no user mode and the job says so.
 */
class UserModeBootTest {
    private static final Pattern NULL_SYSCALL = Pattern.compile("(?m)^null syscall: (\\d+) (.*)$");
    private static AssembledImage image;

    @TempDir
    Path dir;

    /** Mark-sweep with a small verified heap, so that the job's allocations make the collector run. */
    private static ImageConfig config() {
        return new ImageConfig(null, new ImageConfig.KernelSection("round-robin", "bitmap", "mark-sweep", 4L << 20, true));
    }

    private static synchronized AssembledImage image() throws Exception {
        if (image == null) {
            image = ImageBuilder.assemble(ImageSpec.of(config(), MokaVersion.current())
                    .withBootJobClass(UserModeJob.class.getName()));
        }
        return image;
    }

    @Test
    void theImagesProgramsAreWhatTheEncoderWrites() {
        Map<String, byte[]> encoded = UserPrograms.all();
        assertEquals(List.copyOf(encoded.keySet()), List.of(UserProgramCode.NAMES));
        for (int i = 0; i < UserProgramCode.NAMES.length; i++) {
            String name = UserProgramCode.NAMES[i];
            byte[] bytes = UserProgramCode.bytes(UserProgramCode.HEX[i]);
            assertArrayEquals(encoded.get(name), bytes, name);
            if (i < UserProgramCode.NAMES.length - 1) {
                assertTrue(bytes.length <= UserModeJob.SLOT, name + " runs into the next program's slot");
            }
        }
        Assembler syscall = new Assembler();
        syscall.syscall();
        assertArrayEquals(syscall.toByteArray(), new byte[] {0x0F, 0x05}, "the edge page's syscall");
    }

    @Test
    void userProgramsRunInRing3AndNeverStopTheKernel() throws Exception {
        QemuResult result = QemuBoot.boot(image(), dir, "128M");
        String out = result.serialOutput();
        assertEquals(QemuRunner.SUCCESS_EXIT_CODE, result.exitCode(), out);
        List<String> lines = out.lines().toList();
        String code = Long.toHexString(UserModeJob.CODE);
        assertTrue(lines.contains("user mode: a kernel entry refused, leaveUser outside a run refused"), out);
        assertTrue(lines.contains("user calls: getpid 4242, report 4242 2 3 4 5 6, exit 7"), out);
        assertTrue(lines.contains("user calls: doubles held across the run kept"), out);
        assertTrue(lines.contains("collector in a system call: ran, the runner's array kept"), out);
        assertTrue(lines.contains("user calls: an exception thrown in a system call came out of enterUser"), out);
        assertTrue(lines.contains(fault("ud2", 6, 0, "0", "8000000100", "#UD invalid opcode")), out);
        assertTrue(lines.contains(fault("null read", 14, 4, "0", "8000000202",
                "#PF page fault (user read, page not present)")), out);
        assertTrue(lines.contains(fault("kernel read", 14, 5, "100000", "8000000305",
                "#PF page fault (user read, protection violation)")), out);
        assertTrue(lines.contains(fault("code write", 14, 7, code, "800000040a",
                "#PF page fault (user write, protection violation)")), out);
        assertTrue(lines.contains(fault("hlt", 13, 0, "0", "8000000500", "#GP general protection")), out);
        assertTrue(lines.contains(fault("cli", 13, 0, "0", "8000000600", "#GP general protection")), out);
        assertTrue(lines.contains(fault("out", 13, 0, "0", "8000000700", "#GP general protection")), out);
        // The index field of the error code names vector 0x20: 0x102 in the SDM's words, 0x202 in QEMU 7.2's.
        assertTrue(lines.contains(fault("int 0x20", 13, 0x102, "0", "8000000800",
                "#GP general protection, error code 0x102"))
                || lines.contains(fault("int 0x20", 13, 0x202, "0", "8000000800",
                "#GP general protection, error code 0x202")), out);
        // Intel reports the jump, QEMU (as AMD) the target; resumed there, the return must be refused.
        assertTrue(lines.contains(fault("non-canonical jump", 13, 0, "0", "800000090a", "#GP general protection"))
                || lines.contains(fault("non-canonical jump", 13, 0, "0", "800000000000", "#GP general protection")), out);
        assertTrue(lines.contains("user fault non-canonical jump, resumed: the return to 0x800000000000 was refused,"
                + " run ended unresumable, kernel goes on")
                || lines.contains("user fault non-canonical jump, resumed: the jump faulted again, run ended, kernel goes on"),
                out);
        assertTrue(lines.contains(fault("non-canonical sysret", 13, 0, "800000000000", "800000000000",
                "#GP general protection")), out);
        assertTrue(lines.contains("user fault lazy: page mapped at 0x8000010000 on fault, the program resumed and read 0x12345678"),
                out);
        assertTrue(lines.stream().anyMatch(l -> l.matches("preemption in ring 3: the program spun until the writer thread"
                + " ran, \\d+ ticks; the collector ran meanwhile, the runner's array kept")), out);
        assertTrue(lines.contains("two user threads: " + UserModeJob.PID_LOOPS + " GETPIDs each, answered 4242 and 4343,"
                + " taking turns"), out);
        assertTrue(NULL_SYSCALL.matcher(out).find(), out);
        Matcher space = Pattern.compile("(?m)^user space: (\\d+) frames mapped, (\\d+) given back; free frames before (\\d+),"
                + " after (\\d+)$").matcher(out);
        assertTrue(space.find(), out);
        assertTrue(Long.parseLong(space.group(1)) >= 9, "4 pages and their tables at least:\n" + out);
        assertEquals(space.group(3), space.group(4), out);
        assertTrue(!out.contains("FAILED") && !out.contains("panic"), out);
    }

    private static String fault(String name, int vector, int error, String address, String rip, String description) {
        return "user fault " + name + ": vector " + vector + " error 0x" + Integer.toHexString(error) + " address 0x"
                + address + " rip 0x" + rip + " (" + description + "), run ended, kernel goes on";
    }

    /**
     * The round trip of a null system call from user space, in guest instructions: under
     * {@code -icount shift=0} the time-stamp counter advances by one per instruction, which the job
     * checks on a run of nops. Linux 6.1 takes 337 for {@code getppid} in the same emulator.
     */
    @Test
    void aNullSystemCallRoundTripIsCountedInInstructions() throws Exception {
        QemuResult result = QemuBoot.boot(image(), dir, "128M", List.of("-icount", "shift=0"));
        String out = result.serialOutput();
        assertEquals(QemuRunner.SUCCESS_EXIT_CODE, result.exitCode(), out);
        Matcher figure = NULL_SYSCALL.matcher(out);
        assertTrue(figure.find(), out);
        assertTrue(figure.group(2).startsWith("instructions"), out);
        long instructions = Long.parseLong(figure.group(1));
        System.out.println("null syscall: " + instructions + " instructions (Linux 6.1: 337)");
        assertTrue(instructions > 20 && instructions < 2000, out);
    }

    /** Hosted, the arch pack has no user mode; the job reports it and the boot goes on to its end. */
    @Test
    void aHostedMachineHasNoUserMode() {
        ByteArrayOutputStream serial = new ByteArrayOutputStream();
        KernelImage kernel = new KernelImage(MokaVersion.current(), ProviderCatalog.newScheduler("round-robin"),
                ProviderCatalog.newFrameAllocator("bitmap"), new UserModeJob(), ProviderCatalog.newPaging());
        HostedResult result = HostedRunner.run(ProviderCatalog.archPack("x86_64"), kernel, 64L << 20, serial);
        String out = serial.toString(StandardCharsets.UTF_8);
        assertTrue(result.success(), out);
        assertTrue(out.lines().toList().contains("user mode: this machine has none"), out);
    }
}
