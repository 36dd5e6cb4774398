package dev.moka.drivers.x86;

import dev.moka.kernel.api.arch.CpuFault;
import dev.moka.kernel.api.arch.ThreadEvents;
import dev.moka.kernel.api.magic.HiddenFrame;
import dev.moka.kernel.api.magic.Magic;

/**
 * Java side of the CPU exceptions raised in compiled kernel code. The boot code's exception path
 * makes the faulting method appear to call {@link #raise} from the faulting instruction (the return
 * address is the instruction's address plus one), so what happens here happens in that method's
 * context: a thrown exception is caught by the method's own handlers, and a trace starts at its line.
 *
 * <p>Meaningful faults become the exceptions the JVM would throw: a divide error is an
 * {@link ArithmeticException} ("/ by zero"; the compiler leaves the zero test to the CPU in kernel
 * images), and a data access in the first page is a {@link NullPointerException}. Every other
 * fault is a kernel panic: the vector, the faulting address and the access, then a Java stack trace,
 * and the machine stops with the failure value.
 */
public final class X86Faults {
    /** #DE. */
    static final int DIVIDE_ERROR = 0;
    /** #PF. */
    static final int PAGE_FAULT = 14;
    /** Accesses below this address are null dereferences: the boot code leaves the first page unmapped. */
    static final long NULL_PAGE_END = 4096;

    private X86Faults() {
    }

    /**
     * Entered from the boot code in place of the faulting instruction.
     *
     * @param vector     the exception vector
     * @param errorCode  the CPU's error code, or 0
     * @param address    CR2 at the fault (the accessed address of a page fault)
     * @param rip        the faulting instruction
     * @param depthWord  the boot code's fault-nesting word: non-zero while a fault is being raised, so
     *                   that a fault in here panics in the boot code instead of recursing
     */
    @HiddenFrame
    public static void raise(long vector, long errorCode, long address, long rip, long depthWord) {
        if (vector == DIVIDE_ERROR) {
            ArithmeticException e = new ArithmeticException("/ by zero");
            Magic.store64(depthWord, 0);
            throw e;
        }
        if (vector == PAGE_FAULT && address < NULL_PAGE_END && !PageFaultKind.isInstructionFetch(errorCode)) {
            NullPointerException e = new NullPointerException(
                    "null page " + PageFaultKind.describe(errorCode) + " at address 0x" + Long.toHexString(address));
            Magic.store64(depthWord, 0);
            throw e;
        }
        CpuFault fault = new CpuFault(describe(vector, errorCode, address));
        printLine("panic: cpu exception " + vector + " rip=" + Long.toHexString(rip) + " cr2="
                + Long.toHexString(address) + (vector == PAGE_FAULT ? " page fault: " + PageFaultKind.describe(errorCode) : ""));
        fault.printStackTrace();
        Magic.outb(X86ArchPack.EXIT_PORT, X86ArchPack.EXIT_FAILURE);
        for (;;) {
            Magic.hlt();
        }
    }

    /**
     * Entered from the boot code's double-fault handler, on the double-fault stack, when a thread ran
     * off its stack into the guard below it: the faulting code appears to have called this method
     * from the faulting instruction, so the trace printed here is the overflowing thread's. Prints
     * {@code panic: kernel stack overflow in thread <name>} and the trace, and stops the machine with
     * the failure value.
     *
     * @param address the guard address the overflow touched (CR2)
     */
    @HiddenFrame
    public static void stackOverflow(long address) {
        printLine(ThreadEvents.STACK_OVERFLOW_PANIC + X86Interrupts.overflowingThread(address));
        new StackOverflowError().printStackTrace();
        Magic.outb(X86ArchPack.EXIT_PORT, X86ArchPack.EXIT_FAILURE);
        for (;;) {
            Magic.hlt();
        }
    }

    private static String describe(long vector, long errorCode, long address) {
        if (vector == PAGE_FAULT) {
            return "page fault at 0x" + Long.toHexString(address) + ": " + PageFaultKind.describe(errorCode);
        }
        return name((int) vector) + (errorCode != 0 ? ", error code 0x" + Long.toHexString(errorCode) : "");
    }

    /** @param vector an exception vector @return its mnemonic and name in the Intel SDM */
    static String name(int vector) {
        return switch (vector) {
            case 0 -> "#DE divide error";
            case 1 -> "#DB debug";
            case 3 -> "#BP breakpoint";
            case 4 -> "#OF overflow";
            case 5 -> "#BR bound range exceeded";
            case 6 -> "#UD invalid opcode";
            case 7 -> "#NM device not available";
            case 8 -> "#DF double fault";
            case 10 -> "#TS invalid TSS";
            case 11 -> "#NP segment not present";
            case 12 -> "#SS stack-segment fault";
            case 13 -> "#GP general protection";
            case 14 -> "#PF page fault";
            case 16 -> "#MF x87 floating-point error";
            case 17 -> "#AC alignment check";
            case 18 -> "#MC machine check";
            case 19 -> "#XM SIMD floating-point exception";
            case 20 -> "#VE virtualization exception";
            case 21 -> "#CP control protection";
            default -> "cpu exception " + vector;
        };
    }

    private static void printLine(String s) {
        for (int i = 0; i < s.length(); i++) {
            Com1.write(s.charAt(i));
        }
        Com1.write('\n');
    }
}
