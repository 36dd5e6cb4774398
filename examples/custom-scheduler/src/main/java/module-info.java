/**
 * A stride scheduler for Moka kernels. The image assembler finds it through the provides clause
 * below and links it when an image config says {@code scheduler = "stride"}.
 */
module dev.moka.examples.stride {
    requires dev.moka.kernel.api;

    exports dev.moka.examples.stride;

    provides dev.moka.kernel.api.sched.Scheduler with dev.moka.examples.stride.StrideScheduler;
}
