package dev.moka.drivers.x86.boot;

/**
 * A thread's saved context, as {@code magic_switchContext} and {@code X86ArchPack} share it: a block
 * whose first word is the saved stack pointer and which holds, {@value #FPU_STATE} bytes in, the
 * thread's x87, MMX and SSE state ({@value #FPU_STATE_BYTES} bytes in {@code fxsave64}'s layout,
 * 16-byte aligned since the block is page aligned). The switch saves the state of the thread it
 * leaves there and loads the state of the thread it resumes, so two threads computing with doubles,
 * in the kernel or in ring 3, never see each other's registers.
 */
public final class ThreadContextLayout {
    /** Offset of the FPU and SSE state in a context block. */
    public static final int FPU_STATE = 64;
    /** Size of the state {@code fxsave64} stores. */
    public static final int FPU_STATE_BYTES = 512;
    /** Bytes of a context block: the stack pointer word, a pad, the FPU and SSE state. */
    public static final int BLOCK_BYTES = FPU_STATE + FPU_STATE_BYTES;
    /** Offset of the x87 control word in the state. */
    public static final int FCW = 0;
    /** Offset of MXCSR, the SSE control and status register, in the state. */
    public static final int MXCSR = 24;
    /** The x87 control word after {@code fninit}: every exception masked, double extended precision. */
    public static final int DEFAULT_FCW = 0x037F;
    /** MXCSR at reset: every SSE exception masked, round to nearest. */
    public static final int DEFAULT_MXCSR = 0x1F80;

    private ThreadContextLayout() {
    }
}
