package dev.moka.kernel.api.syscall;

/** Flags of Moka's {@link SyscallNumbers#SPAWN} call, its sixth argument. */
public final class SpawnFlags {
    /**
     * The child belongs to the console's foreground job, which Ctrl-C on the console interrupts; a
     * child of a foreground process belongs to it whatever its flags.
     */
    public static final int FOREGROUND = 1;
    /**
     * The child is a driver: it may ask for I/O ports ({@link SyscallNumbers#IOPERM}) and open
     * {@code irq:} and the console's input. Only init may give it; from any other process the spawn
     * fails with EPERM.
     */
    public static final int DRIVER = 2;
    /** Every flag the kernel knows; others are refused with EINVAL. */
    public static final int ALL = FOREGROUND | DRIVER;

    private SpawnFlags() {
    }
}
