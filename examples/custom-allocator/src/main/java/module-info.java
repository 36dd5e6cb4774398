/**
 * A free-stack frame allocator for Moka kernels. The image assembler finds it through the provides
 * clause below and links it when an image says {@code frame-allocator = "free-stack"}.
 */
module dev.moka.examples.freestack {
    requires dev.moka.kernel.api;

    exports dev.moka.examples.freestack;

    provides dev.moka.kernel.api.mm.FrameAllocator with dev.moka.examples.freestack.FreeStackAllocator;
}
