package dev.moka.assembler.cli;

/**
 * The exit statuses of the {@code moka} command. Scripts and CI read them, so they never change meaning.
 */
public final class ExitCodes {
    /** The command did what it was asked; for {@code run}, the kernel reported success. */
    public static final int SUCCESS = 0;
    /** The image booted but the kernel reported failure, never reported, or ran past the time limit. */
    public static final int KERNEL_FAILURE = 1;
    /**
     * Nothing was booted: a bad flag, a wrong image description, a build error, QEMU missing or unable
     * to start the machine, or an internal error. Picocli's own usage errors use the same status.
     */
    public static final int ERROR = 2;

    private ExitCodes() {
    }
}
