package dev.moka.drivers.x86.boot.disk;

/**
 * Writes a raw disk image that a PC's BIOS boots into a Multiboot kernel, with no other boot loader:
 *
 * <pre>
 *   sector 0          the boot sector ({@link BootSector}), with a partition table of one entry
 *   sectors 1..63     the loader ({@link DiskLoader}), as many sectors as it fills; zeros after it
 *   sector 64 on      the kernel's loaded bytes, the last sector padded with zeros
 * </pre>
 *
 * <p>The image is a function of the kernel file alone: the same kernel gives the same bytes.
 */
public final class DiskImageWriter {
    private DiskImageWriter() {
    }

    /**
     * @param kernel a kernel file with a Multiboot v1 header that has address fields, as the x86_64
     *               arch pack's images have
     * @return the disk image
     * @throws IllegalArgumentException when the kernel cannot be loaded this way (no such header, a
     *         load address below 1 MiB, fields that do not fit the file)
     */
    public static byte[] write(byte[] kernel) {
        KernelLoadPlan plan = KernelLoadPlan.of(kernel);
        byte[] loaded = plan.loadedBytes(kernel);
        int kernelSectors = DiskGeometry.sectors(loaded.length);
        byte[] loader = DiskLoader.emit(plan, kernelSectors);
        int loaderSectors = DiskGeometry.sectors(loader.length);
        if (loaderSectors > DiskGeometry.LOADER_MAX_SECTORS || loader.length > LowMemory.LOADER_LIMIT) {
            throw new IllegalStateException("the disk loader takes " + loader.length + " bytes, more than its "
                    + DiskGeometry.LOADER_MAX_SECTORS + " sectors");
        }
        byte[] bootSector = BootSector.emit(loaderSectors, kernelSectors);
        byte[] image = new byte[(DiskGeometry.KERNEL_SECTOR + kernelSectors) * DiskGeometry.SECTOR];
        System.arraycopy(bootSector, 0, image, 0, bootSector.length);
        System.arraycopy(loader, 0, image, DiskGeometry.LOADER_SECTOR * DiskGeometry.SECTOR, loader.length);
        System.arraycopy(loaded, 0, image, DiskGeometry.KERNEL_SECTOR * DiskGeometry.SECTOR, loaded.length);
        return image;
    }
}
