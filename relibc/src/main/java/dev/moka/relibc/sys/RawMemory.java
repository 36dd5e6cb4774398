package dev.moka.relibc.sys;

import dev.moka.kernel.api.magic.Magic;

/**
 * Loads and stores at raw addresses of the process's own memory, for what lies outside the Java
 * heap: pages mapped with {@code Mman.mmap}. Natively each is one instruction; an address the
 * process may not touch ends it with SIGSEGV, as a bad pointer ends a C program. Hosted, each is a
 * ring-3 access of the simulated machine, checked by its MMU the same way.
 */
public final class RawMemory {
    private RawMemory() {
    }

    /** @param address any byte of the process's memory @return the byte there, zero-extended */
    public static int load8(long address) {
        return Magic.load8(address);
    }

    /** @param address any byte of the process's writable memory @param value the byte to store */
    public static void store8(long address, int value) {
        Magic.store8(address, value);
    }

    /** @param address an 8-byte word of the process's memory @return the word there */
    public static long load64(long address) {
        return Magic.load64(address);
    }

    /** @param address an 8-byte word of the process's writable memory @param value the word to store */
    public static void store64(long address, long value) {
        Magic.store64(address, value);
    }
}
