package dev.moka.assembler.hosted;

import dev.moka.kernel.api.magic.Magic;
import dev.moka.kernel.core.process.ByteSource;

/**
 * Bytes the hosted runner placed in the simulated machine's RAM, as a boot loader places a module:
 * the kernel reads them in place through the identity-mapped low memory, and may map their pages
 * into a process, exactly as it does the initfs linked into a native image.
 */
final class RamByteSource implements ByteSource {
    private final long start;
    private final long size;

    /**
     * @param start the physical address of the first byte
     * @param size  how many bytes
     */
    RamByteSource(long start, long size) {
        this.start = start;
        this.size = size;
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public int u8(long offset) {
        return Magic.load8(start + offset);
    }

    @Override
    public long physicalAddress(long offset) {
        return start + offset;
    }
}
