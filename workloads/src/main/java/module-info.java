/**
 * Workloads an image config can ask for in its {@code [workload]} table: CPU-bound and allocating
 * kernel threads, a collector stress test. They are {@link dev.moka.kernel.api.boot.BootJob}s, so the
 * kernel itself knows nothing of them.
 */
module dev.moka.workloads {
    requires dev.moka.kernel.core;

    exports dev.moka.workloads;
}
