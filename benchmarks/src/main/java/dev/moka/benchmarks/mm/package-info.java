/**
 * JMH benchmarks of the physical frame allocators, run hosted on the JVM.
 *
 * <p>Every benchmark finds its allocator through the {@code FrameAllocator} SPI by provider name,
 * as the image assembler does, and builds it from a PC-shaped boot memory map ({@link
 * dev.moka.benchmarks.mm.BootMemoryMaps}) of 128 MiB or 1 GiB with the first MiB and the kernel
 * image reserved. Each benchmark class is its own JMH state, fresh per trial; per-invocation state
 * (the frames held) lives in the benchmark object so that the measured methods allocate nothing.
 *
 * <p>Invariant: every frame a benchmark allocates is freed again by the same benchmark, except the
 * frames {@link dev.moka.benchmarks.mm.MixedPatternBenchmark} holds between steps, of which there
 * are never more than its pool size; the allocator never runs out of memory.
 */
package dev.moka.benchmarks.mm;
