package dev.moka.assembler.image;

import dev.moka.assembler.config.ImageConfig;
import dev.moka.assembler.providers.ProviderCatalog;
import dev.moka.kernel.api.arch.ArchPackProvider;
import java.nio.file.Path;
import java.util.List;

/**
 * Everything that decides an image's bytes, with the config's provider names resolved: the one value
 * {@link ImageBuilder#assemble(ImageSpec)} takes. A test or tool that needs something a config cannot
 * say (a provider class that is not a registered service, say) changes one component with a
 * {@code with...} method instead of calling another overload.
 *
 * @param version             the Moka version the kernel reports
 * @param arch                the arch pack the image is built for
 * @param schedulerClass      binary name of the {@code Scheduler}, with a public no-argument constructor
 * @param frameAllocatorClass binary name of the {@code FrameAllocator}, with a public no-argument constructor
 * @param heapPlanClass       binary name of the {@code HeapPlan}, with a public no-argument constructor
 * @param heapBytes           the kernel heap's size
 * @param verifyHeap          whether the collector checks the heap after every collection
 * @param workload            the {@code [workload]} table, or null for none
 * @param classPath           jars and directories searched for kernel classes before the assembler's own
 *                            modules: the outside modules of the module path in use
 * @param pagingClass         binary name of the {@code PagingProvider} (the boot paging check and the
 *                            kernel-thread stack space), with a public no-argument constructor, or null
 *                            for an image without one
 * @param bootJobClass        binary name of a {@code BootJob} with a public no-argument constructor that
 *                            the kernel runs instead of the workload, or null for the workload (if any)
 * @param initFs              the packed initfs ({@link InitFsWriter}) placed in the image for the kernel
 *                            to start user programs from, or null for none
 */
public record ImageSpec(String version, ArchPackProvider arch, String schedulerClass, String frameAllocatorClass,
                        String heapPlanClass, long heapBytes, boolean verifyHeap,
                        ImageConfig.WorkloadSection workload, List<Path> classPath, String pagingClass,
                        String bootJobClass, byte[] initFs) {

    /** Copies the class path. */
    public ImageSpec {
        classPath = List.copyOf(classPath);
    }

    /**
     * @param config  an image config
     * @param version the Moka version the kernel reports
     * @return the config's kernel image (without the programs of a {@code [userland]} table, which
     *         {@link ImageAssembler} compiles and adds with {@link #withInitFs} and
     *         {@link #withBootJobClass}), its providers found by name among Moka's modules and those of
     *         {@link ProviderCatalog#modulePath()}, with the paging provider a module provides (none
     *         when no module does)
     * @throws dev.moka.assembler.providers.ProviderException when the config names a provider
     *         no module provides, or two do
     */
    public static ImageSpec of(ImageConfig config, String version) {
        ImageConfig.KernelSection kernel = config.kernel();
        Class<?> paging = ProviderCatalog.pagingClass();
        return new ImageSpec(version, ProviderCatalog.archPack(kernel.arch()),
                ProviderCatalog.schedulerClass(kernel.scheduler()).getName(),
                ProviderCatalog.frameAllocatorClass(kernel.frameAllocator()).getName(),
                ProviderCatalog.heapPlanClass(kernel.heap()).getName(),
                kernel.heapBytes(), kernel.verifyHeap(), config.workload(), ProviderCatalog.modulePath().entries(),
                paging == null ? null : paging.getName(), null, null);
    }

    /** @param className binary name of a scheduler class @return this image with that scheduler */
    public ImageSpec withSchedulerClass(String className) {
        return new ImageSpec(version, arch, className, frameAllocatorClass, heapPlanClass, heapBytes, verifyHeap,
                workload, classPath, pagingClass, bootJobClass, initFs);
    }

    /** @param className binary name of a frame allocator class @return this image with that allocator */
    public ImageSpec withFrameAllocatorClass(String className) {
        return new ImageSpec(version, arch, schedulerClass, className, heapPlanClass, heapBytes, verifyHeap,
                workload, classPath, pagingClass, bootJobClass, initFs);
    }

    /** @param className binary name of a heap plan class @return this image with that plan */
    public ImageSpec withHeapPlanClass(String className) {
        return new ImageSpec(version, arch, schedulerClass, frameAllocatorClass, className, heapBytes, verifyHeap,
                workload, classPath, pagingClass, bootJobClass, initFs);
    }

    /** @param entries jars and directories to read kernel classes from @return this image with that class path */
    public ImageSpec withClassPath(List<Path> entries) {
        return new ImageSpec(version, arch, schedulerClass, frameAllocatorClass, heapPlanClass, heapBytes, verifyHeap,
                workload, entries, pagingClass, bootJobClass, initFs);
    }

    /**
     * @param className binary name of a boot job class (public, with a no-argument constructor)
     * @return this image running that job instead of its workload
     */
    public ImageSpec withBootJobClass(String className) {
        return new ImageSpec(version, arch, schedulerClass, frameAllocatorClass, heapPlanClass, heapBytes, verifyHeap,
                workload, classPath, pagingClass, className, initFs);
    }

    /**
     * @param packed an initfs as {@link InitFsWriter#toBytes()} packs it
     * @return this image with that initfs
     */
    public ImageSpec withInitFs(byte[] packed) {
        return new ImageSpec(version, arch, schedulerClass, frameAllocatorClass, heapPlanClass, heapBytes, verifyHeap,
                workload, classPath, pagingClass, bootJobClass, packed.clone());
    }
}
