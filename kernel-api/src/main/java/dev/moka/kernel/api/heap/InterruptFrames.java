package dev.moka.kernel.api.heap;

/**
 * How an arch pack's interrupt entry lays out a stack, so that a collection can walk through it. An
 * interrupt stops a method at any instruction, where no stack map applies: the registers the entry
 * saved and the interrupted frame's words are reported as ambiguous roots, which a plan must treat
 * conservatively (and must not move).
 */
public interface InterruptFrames {
    /** @return the return address that the entry's call into its Java handler leaves on the stack */
    long entryReturnAddress();

    /**
     * @param handlerFramePointer the frame pointer of the Java handler the entry called (its return
     *                            address is {@link #entryReturnAddress()})
     * @param ambiguous           receives the address of every saved register and of every word of
     *                            the interrupted frame
     */
    void visitInterrupted(long handlerFramePointer, SlotVisitor ambiguous);
}
