package dev.moka.drivers.x86.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moka.assembler.x86.Assembler;
import dev.moka.assembler.x86.Mem;
import dev.moka.assembler.x86.Reg;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Boots linked images in QEMU: the stub must reach 64-bit code, call the kernel entry with the
 * documented contract, and turn CPU exceptions into a panic line and exit status 35.
 */
class QemuBootTest {
    private static final int QEMU_SUCCESS = (X86BootStub.EXIT_SUCCESS_VALUE << 1) | 1;
    private static final int QEMU_FAILURE = (X86BootStub.EXIT_FAILURE_VALUE << 1) | 1;
    private static final Pattern PANIC = Pattern.compile("panic: cpu exception (\\d+) rip=([0-9a-f]+) cr2=([0-9a-f]+)");

    private static QemuRunner.Result boot(Assembler kernel) throws Exception {
        TestImageLinker.Image image = TestImageLinker.link(X86BootStub.emit(KernelEntries.ENTRY), kernel);
        return QemuRunner.boot(image.file());
    }

    @Test
    void kernelEntryRunsInLongModeAndExitsWithSuccess() throws Exception {
        QemuRunner.Result result = boot(KernelEntries.entry(
                asm -> KernelEntries.checkContractAndPrint(asm, "hello from long mode\n")));
        assertEquals(33, QEMU_SUCCESS);
        assertEquals(QEMU_SUCCESS, result.status(), result.serial());
        assertTrue(result.serial().contains("hello from long mode\n"), result.serial());
    }

    @Test
    void invalidOpcodePanicsWithVectorSixAndFaultingRip() throws Exception {
        Assembler kernel = KernelEntries.entry(asm -> {
            asm.nop();
            asm.defineSymbol(KernelEntries.FAULT);
            asm.ud2();
        });
        TestImageLinker.Image image = TestImageLinker.link(X86BootStub.emit(KernelEntries.ENTRY), kernel);
        QemuRunner.Result result = QemuRunner.boot(image.file());
        assertEquals(35, QEMU_FAILURE);
        assertEquals(QEMU_FAILURE, result.status(), result.serial());
        Matcher panic = PANIC.matcher(result.serial());
        assertTrue(panic.find(), result.serial());
        assertEquals("6", panic.group(1));
        assertEquals(Long.toHexString(image.address(KernelEntries.FAULT)), panic.group(2));
    }

    @Test
    void pageFaultWithErrorCodeReportsRipAndCr2() throws Exception {
        long unmapped = 0x1_2345_6000L; // above the 4 GiB identity map
        Assembler kernel = KernelEntries.entry(asm -> {
            asm.movImm(64, Reg.RBX, unmapped);
            asm.defineSymbol(KernelEntries.FAULT);
            asm.mov(64, Reg.RAX, Mem.of(Reg.RBX, 0));
        });
        TestImageLinker.Image image = TestImageLinker.link(X86BootStub.emit(KernelEntries.ENTRY), kernel);
        QemuRunner.Result result = QemuRunner.boot(image.file());
        assertEquals(QEMU_FAILURE, result.status(), result.serial());
        Matcher panic = PANIC.matcher(result.serial());
        assertTrue(panic.find(), result.serial());
        assertEquals("14", panic.group(1));
        assertEquals(Long.toHexString(image.address(KernelEntries.FAULT)), panic.group(2));
        assertEquals(Long.toHexString(unmapped), panic.group(3));
    }

    @Test
    void returningKernelEntryPanics() throws Exception {
        QemuRunner.Result result = boot(KernelEntries.entry(Assembler::ret));
        assertEquals(QEMU_FAILURE, result.status(), result.serial());
        assertTrue(result.serial().contains("panic: kernel entry returned\n"), result.serial());
    }
}
