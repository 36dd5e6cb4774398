package dev.moka.kernel.api.boot;

/**
 * Work an image asks the kernel to do once its subsystems are up and checked, such as a workload
 * of kernel threads. Its result is the run's verdict: a failure ends the boot with a panic and
 * failure status, never with a printed line only.
 */
public interface BootJob {
    /**
     * @param kernel the running kernel's services
     * @return null when the job passed, otherwise what failed, in a few words
     */
    String run(KernelContext kernel);
}
