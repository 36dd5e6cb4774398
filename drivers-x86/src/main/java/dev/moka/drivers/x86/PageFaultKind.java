package dev.moka.drivers.x86;

/**
 * Reads a page fault's error code: who accessed (kernel or user), how (read, write, instruction
 * fetch) and why it failed (page not present, protection violation, reserved bit set).
 */
final class PageFaultKind {
    static final int PROTECTION = 1;
    static final int WRITE = 1 << 1;
    static final int USER = 1 << 2;
    static final int RESERVED_BIT = 1 << 3;
    static final int INSTRUCTION_FETCH = 1 << 4;

    private PageFaultKind() {
    }

    /**
     * @param errorCode the error code the CPU pushed
     * @return for instance {@code kernel write, page not present}, as the boot code's panic line words it
     */
    static String describe(long errorCode) {
        String who = (errorCode & USER) != 0 ? "user " : "kernel ";
        String access = (errorCode & INSTRUCTION_FETCH) != 0 ? "instruction fetch"
                : (errorCode & WRITE) != 0 ? "write" : "read";
        String cause = (errorCode & PROTECTION) != 0 ? ", protection violation" : ", page not present";
        String reserved = (errorCode & RESERVED_BIT) != 0 ? ", reserved bit set" : "";
        return who + access + cause + reserved;
    }

    /** @param errorCode the error code @return whether the access was an instruction fetch */
    static boolean isInstructionFetch(long errorCode) {
        return (errorCode & INSTRUCTION_FETCH) != 0;
    }
}
