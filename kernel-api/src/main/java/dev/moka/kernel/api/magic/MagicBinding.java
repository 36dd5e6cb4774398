package dev.moka.kernel.api.magic;

/**
 * What the hosted binding of {@link Magic} forwards to: a simulated machine with physical memory,
 * I/O ports and a CPU that can halt. Native images never use it.
 */
public interface MagicBinding {
    /** The binding in force before a simulated machine is bound: every access fails loudly. */
    MagicBinding UNBOUND = new Unbound();

    /** @param address address @return byte at address */
    int load8(long address);

    /** @param address address @return 16-bit value at address */
    int load16(long address);

    /** @param address address @return 32-bit value at address */
    int load32(long address);

    /** @param address address @return 64-bit value at address */
    long load64(long address);

    /** @param address address @param value low 8 bits stored */
    void store8(long address, int value);

    /** @param address address @param value low 16 bits stored */
    void store16(long address, int value);

    /** @param address address @param value stored */
    void store32(long address, int value);

    /** @param address address @param value stored */
    void store64(long address, long value);

    /**
     * Copies bytes as {@link Magic#copy} does, through loads and stores; a machine may do better.
     *
     * @param to    the first byte written
     * @param from  the first byte read
     * @param bytes how many
     */
    default void copyBytes(long to, long from, long bytes) {
        if (to > from && to < from + bytes) {
            for (long i = bytes - 1; i >= 0; i--) {
                store8(to + i, load8(from + i));
            }
        } else {
            for (long i = 0; i < bytes; i++) {
                store8(to + i, load8(from + i));
            }
        }
    }

    /** @param address the first byte @param bytes how many bytes to set to zero */
    default void zeroBytes(long address, long bytes) {
        for (long i = 0; i < bytes; i++) {
            store8(address + i, 0);
        }
    }

    /**
     * A simulated machine has one CPU whose steps the JVM runs one at a time, so a load, compare
     * and store is already atomic.
     *
     * @param address  the word
     * @param expected the value it must hold
     * @param value    its new value
     * @return whether it was swapped
     */
    default boolean compareAndSet64(long address, long expected, long value) {
        if (load64(address) != expected) {
            return false;
        }
        store64(address, value);
        return true;
    }

    /** @param port port @return byte read */
    int inb(int port);

    /** @param port port @param value low 8 bits written */
    void outb(int port, int value);

    /** @param port port @return value read */
    int inl(int port);

    /** @param port port @param value written */
    void outl(int port, int value);

    /** Halts until the next simulated interrupt. */
    void hlt();

    /** Masks simulated interrupts. */
    void cli();

    /** Unmasks simulated interrupts. */
    void sti();

    /** @return the simulated time-stamp counter */
    long rdtsc();

    /**
     * Stacks cannot be switched under the JVM; a simulated machine runs threads step by step instead.
     *
     * @param saveStackPointerTo   slot of the running context
     * @param loadStackPointerFrom slot of the context to resume
     */
    default void switchContext(long saveStackPointerTo, long loadStackPointerFrom) {
        throw new UnsupportedOperationException("switchContext: a simulated machine has no machine stacks");
    }

    /** @return the thread trampoline's address; a simulated machine has none */
    default long threadTrampoline() {
        throw new UnsupportedOperationException("threadTrampoline: a simulated machine has no machine code");
    }

    /**
     * Drops a page's cached translation; a machine that translates no addresses ignores it.
     *
     * @param virtual any address in the page
     */
    default void invalidatePage(long virtual) {
        throw new UnsupportedOperationException("invalidatePage: this machine has no MMU");
    }

    /** @param root physical address of the top-level page table to translate through */
    default void loadPageTableRoot(long root) {
        throw new UnsupportedOperationException("loadPageTableRoot: this machine has no MMU");
    }

    /** @return physical address of the current top-level page table */
    default long pageTableRoot() {
        throw new UnsupportedOperationException("pageTableRoot: this machine has no MMU");
    }

    /**
     * @return the cycles of a software interrupt's round trip through the interrupt entry path; a
     *         simulated machine has no such path and says so
     */
    default long interruptRoundTrip() {
        throw new UnsupportedOperationException("this machine has no interrupt entry path to measure");
    }

    /** @return the interrupt entry's return address into itself; a simulated machine has none */
    default long interruptEntryReturn() {
        throw new UnsupportedOperationException("this machine has no interrupt entry");
    }

    /**
     * A simulated machine runs no user mode: its user programs run through another binding.
     *
     * @param entry     the program's entry
     * @param userStack its stack pointer
     * @param arg0      first argument
     * @param arg1      second argument
     * @return never
     */
    default long enterUser(long entry, long userStack, long arg0, long arg1) {
        throw new UnsupportedOperationException("enterUser: this machine has no user mode");
    }

    /** @param value what enterUser would return; a simulated machine has no user mode */
    default void leaveUser(long value) {
        throw new UnsupportedOperationException("leaveUser: this machine has no user mode");
    }

    /** @return the stack of entries from user mode; a simulated machine has none */
    default long userEntryStack() {
        throw new UnsupportedOperationException("userEntryStack: this machine has no user mode");
    }

    /** @param top the stack of entries from user mode; a simulated machine has none */
    default void loadUserEntryStack(long top) {
        throw new UnsupportedOperationException("loadUserEntryStack: this machine has no user mode");
    }

    /** @return the I/O permission map's address; a simulated machine has none */
    default long ioPermissionMap() {
        throw new UnsupportedOperationException("ioPermissionMap: this machine has no I/O permission map");
    }
}
