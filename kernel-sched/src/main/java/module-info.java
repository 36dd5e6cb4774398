/**
 * Moka's scheduling policies, each a short class on the shared run-queue machinery of this module.
 *
 * <p>The policies are declared twice: with {@code provides} here for module-path users (the image
 * assembler resolves them at build time), and in {@code META-INF/services} for class-path users and
 * the tests, which run on the class path.
 */
module dev.moka.kernel.sched {
    requires dev.moka.kernel.api;

    exports dev.moka.kernel.sched;

    provides dev.moka.kernel.api.sched.Scheduler with
            dev.moka.kernel.sched.RoundRobinScheduler,
            dev.moka.kernel.sched.PriorityScheduler,
            dev.moka.kernel.sched.EevdfScheduler;
}
