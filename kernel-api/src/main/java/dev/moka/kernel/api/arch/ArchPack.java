package dev.moka.kernel.api.arch;

/**
 * The machine below the kernel: the boot console and the way the kernel ends a run. An arch pack is
 * chosen when an image is assembled (x86_64 natively, a simulated machine hosted); kernel code never
 * asks which one it has.
 */
public interface ArchPack {
    /** @return a short name for the machine, such as {@code x86_64} */
    String name();

    /**
     * Writes one byte to the boot console (the serial port on x86_64).
     *
     * @param b the byte, in the low 8 bits
     */
    void consoleWrite(int b);

    /**
     * Ends the run and reports the outcome to whoever started the machine (QEMU's exit device
     * natively, the hosted runner on the JVM). Does not return.
     *
     * @param success whether the kernel finished without error
     */
    void exit(boolean success);
}
