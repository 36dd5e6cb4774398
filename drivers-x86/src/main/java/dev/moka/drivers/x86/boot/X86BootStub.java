package dev.moka.drivers.x86.boot;

import dev.moka.assembler.x86.Assembler;
import java.util.List;

/**
 * Builds the start of a Multiboot x86_64 kernel image: the Multiboot headers, a 32-bit entry that
 * enters long mode with an identity map of the first 4 GiB, and 64-bit code that installs panic
 * handlers for CPU exceptions and calls the kernel entry. Runs at build time; the result is
 * position-independent code plus relocations for the linker.
 *
 * <p>Linker contract: place {@link BootStub#code()} at the very start of the loaded image at an
 * 8-aligned address within the first 8 KiB of the file; define {@code __image_start},
 * {@code __load_end} and {@code __bss_end}, and {@code __java_code_start} and {@code __java_code_end}
 * around the compiled Java methods (an empty range when there are none); place every {@link BssBlock};
 * resolve every relocation
 * (all targets lie below 4 GiB, as the 32-bit code and ABS32 fields require).
 */
public final class X86BootStub {
    /** Exit values written to port 0xf4 (QEMU isa-debug-exit; QEMU exits with (v << 1) | 1). */
    public static final int EXIT_SUCCESS_VALUE = 0x10; // QEMU status 33
    /** Written to the debug-exit port on a panic; QEMU status 35. */
    public static final int EXIT_FAILURE_VALUE = 0x11;
    /** I/O port of QEMU's isa-debug-exit device as the boot tests configure it. */
    public static final int DEBUG_EXIT_PORT = 0xF4;
    /** Symbol of the 32-bit entry point (the Multiboot entry address). */
    public static final String ENTRY32_SYMBOL = BootSymbols.ENTRY32;
    /** Symbol of the routine that stops the machine with {@link #EXIT_FAILURE_VALUE}. */
    public static final String PANIC_SYMBOL = BootSymbols.PANIC;

    private X86BootStub() {
    }

    /**
     * Emits the boot stub. The kernel entry is called as a System V function
     * {@code void entry(long bootInfoAddress, long loaderMagic)} on a 16-byte aligned 64 KiB stack.
     *
     * @param javaEntrySymbol symbol of the compiled kernel entry, resolved by the linker
     */
    public static BootStub emit(String javaEntrySymbol) {
        if (javaEntrySymbol == null || javaEntrySymbol.isEmpty()) {
            throw new IllegalArgumentException("kernel entry symbol must not be empty");
        }
        Assembler headers = new Assembler(Assembler.Mode.PROTECTED32);
        MultibootHeaders.emit(headers);
        Assembler entry32 = new Assembler(Assembler.Mode.PROTECTED32);
        ProtectedModeEntry.emit(entry32);
        Assembler entry64 = new Assembler(Assembler.Mode.LONG64);
        LongModeStart.emit(entry64, javaEntrySymbol, EXIT_FAILURE_VALUE);
        return new CodeStitcher()
                .append(headers, 8, 0)
                .append(entry32, 16, 0xCC)
                .append(entry64, 16, 0xCC)
                .finish(bss());
    }

    private static List<BssBlock> bss() {
        return List.of(
                new BssBlock(BootSymbols.PML4, BootSymbols.PAGE, BootSymbols.PAGE),
                new BssBlock(BootSymbols.PDPT, BootSymbols.PAGE, BootSymbols.PAGE),
                new BssBlock(BootSymbols.PAGE_DIRECTORIES, (long) ProtectedModeEntry.PAGE_DIRECTORIES * BootSymbols.PAGE,
                        BootSymbols.PAGE),
                new BssBlock(BootSymbols.LOW_PAGE_TABLE, BootSymbols.PAGE, BootSymbols.PAGE),
                // The guard right below the stack: aligned to its size, so the stack follows it at once.
                new BssBlock(BootSymbols.BOOT_STACK_GUARD, (long) BootSymbols.BOOT_GUARD_PAGES * BootSymbols.PAGE,
                        BootSymbols.BOOT_GUARD_PAGES * BootSymbols.PAGE),
                new BssBlock(BootSymbols.STACK, BootSymbols.STACK_SIZE, 16),
                new BssBlock(BootSymbols.BOOT_GUARD_TABLE, BootSymbols.PAGE, BootSymbols.PAGE),
                new BssBlock(BootSymbols.DOUBLE_FAULT_STACK, BootSymbols.DOUBLE_FAULT_STACK_SIZE, 16),
                new BssBlock(BootSymbols.IDT, (long) BootSymbols.IDT_VECTORS * BootSymbols.IDT_ENTRY_SIZE, 16),
                new BssBlock(BootSymbols.TSS, BootSymbols.TSS_BLOCK_SIZE, 16),
                new BssBlock(BootSymbols.FAULT_DEPTH, 8, 8),
                new BssBlock(BootSymbols.USER_RSP_SCRATCH, 8, 8));
    }

    /**
     * Java methods the boot code calls directly (interrupt handlers, thread start), which the
     * compiler must include although no Java code calls them. Each is given as the compiler's
     * method symbol: {@code internal/ClassName.method(descriptor)}.
     *
     * @return the method symbols
     */
    public static List<String> javaEntryPoints() {
        return List.of(BootSymbols.INTERRUPT_HANDLER, BootSymbols.THREAD_START, BootSymbols.FAULT_HANDLER,
                BootSymbols.STACK_OVERFLOW_HANDLER, BootSymbols.SYSCALL_HANDLER, BootSymbols.USER_FAULT_HANDLER,
                BootSymbols.UNRETURNABLE_HANDLER);
    }
}
