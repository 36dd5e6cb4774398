package dev.moka.kernel.api.syscall;

/** Flags of Moka's {@link SyscallNumbers#SPAWN} call, its sixth argument. */
public final class SpawnFlags {
    /**
     * The child belongs to the console's foreground job, which Ctrl-C on the console interrupts; a
     * child of a foreground process belongs to it whatever its flags.
     */
    public static final int FOREGROUND = 1;
    /** Every flag the kernel knows; others are refused with EINVAL. */
    public static final int ALL = FOREGROUND;

    private SpawnFlags() {
    }
}
