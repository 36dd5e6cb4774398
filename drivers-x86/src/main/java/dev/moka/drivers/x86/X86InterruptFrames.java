package dev.moka.drivers.x86;

import dev.moka.kernel.api.heap.InterruptFrames;
import dev.moka.kernel.api.heap.SlotVisitor;
import dev.moka.kernel.api.magic.Magic;

/**
 * The stack layout of the boot code's interrupt entry, for collections (see {@code InterruptEntry}):
 * above the Java handler's frame pointer {@code fp} lie its return address, the 15 saved registers
 * from {@code fp + 16}, the vector and error code, and the CPU's frame with the interrupted rsp at
 * {@code fp + 176}. The handler's saved rbp is the interrupted code's frame pointer, so the words
 * from the interrupted rsp up to it are the interrupted frame (or, in a prologue or epilogue, the
 * part of it and its caller's that is there). A user program interrupted in ring 3 contributes
 * nothing: the walk goes on at the user run's frame, in the caller of {@code enterUser}.
 */
final class X86InterruptFrames implements InterruptFrames {
    private static final long SAVED_REGISTERS = 16;
    private static final int REGISTER_COUNT = 15;
    private static final long INTERRUPTED_RSP = 176;
    /** The interrupted code selector; its low two bits are the ring it ran in. */
    private static final long INTERRUPTED_CS = 160;
    private static final long RING_MASK = 3;
    /** A frame pointer this far above the stack pointer is not a frame of ours: do not scan it. */
    private static final long MAX_FRAME_BYTES = 64 * 1024;

    private final long entryReturn = Magic.interruptEntryReturn();

    @Override
    public long entryReturnAddress() {
        return entryReturn;
    }

    @Override
    public void visitInterrupted(long handlerFramePointer, SlotVisitor ambiguous) {
        if ((Magic.load64(handlerFramePointer + INTERRUPTED_CS) & RING_MASK) != 0) {
            // A user program was interrupted: its registers and stack hold no kernel reference, and
            // the handler's saved rbp is the user run's frame (see InterruptEntry), not the program's.
            return;
        }
        for (int i = 0; i < REGISTER_COUNT; i++) {
            ambiguous.visit(handlerFramePointer + SAVED_REGISTERS + 8L * i);
        }
        long rsp = Magic.load64(handlerFramePointer + INTERRUPTED_RSP);
        long rbp = Magic.load64(handlerFramePointer);
        if (rbp > rsp && rbp - rsp <= MAX_FRAME_BYTES) {
            for (long slot = rsp; slot < rbp; slot += 8) {
                ambiguous.visit(slot);
            }
        }
    }
}
