package dev.moka.drivers.x86.boot.disk;

/** How a Moka boot disk is laid out, in 512-byte sectors. */
final class DiskGeometry {
    /** Bytes of a sector. */
    static final int SECTOR = 512;
    /** The loader starts in the sector after the boot sector. */
    static final int LOADER_SECTOR = 1;
    /**
     * The kernel starts here, whatever the loader's size: the loader's code holds this number, so a
     * fixed start keeps the loader independent of its own length. The sectors before it are the
     * loader's room (as the gap before the first partition is on a PC disk).
     */
    static final int KERNEL_SECTOR = 64;
    /** Most sectors the loader may fill. */
    static final int LOADER_MAX_SECTORS = KERNEL_SECTOR - LOADER_SECTOR;
    /** Sectors read per int 13h call while loading the kernel: 32 KiB, within one 64 KiB segment. */
    static final int CHUNK_SECTORS = 64;

    private DiskGeometry() {
    }

    /** @param bytes a length @return the sectors it fills, the last one partly */
    static int sectors(long bytes) {
        return Math.toIntExact((bytes + SECTOR - 1) / SECTOR);
    }
}
