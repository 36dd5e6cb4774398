package dev.moka.kernel.api.arch;

/**
 * A machine's device interrupt lines, as the kernel hands them to driver processes ({@code irq:}).
 * A line that fires is masked until the kernel unmasks it ({@link #unmask}), once its driver has
 * acknowledged the interrupt, so a device that keeps its line raised cannot hold the CPU.
 */
public interface IrqLines {
    /** What hears the lines. */
    interface Sink {
        /**
         * A line fired; it is masked now. Called in the interrupt path with interrupts masked: must be
         * short, must not allocate and must not block.
         *
         * @param line the line
         */
        void fired(int line);
    }

    /** @return how many lines there are, numbered from 0 */
    int count();

    /**
     * @param line a line number
     * @return whether drivers may have it: the timer's line and the controllers' own (a cascade, the
     *         lines spurious interrupts arrive on) are the kernel's
     */
    boolean isGrantable(int line);

    /** @param sink what hears every grantable line from now on; lines stay masked until unmasked */
    void attach(Sink sink);

    /** @param line a grantable line that may interrupt again */
    void unmask(int line);
}
