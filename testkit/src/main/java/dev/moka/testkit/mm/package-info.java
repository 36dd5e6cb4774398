/**
 * A contract test kit for {@link dev.moka.kernel.api.mm.FrameAllocator} implementations, shipped in
 * the {@code moka-kernel-api} test jar.
 *
 * <p>{@link dev.moka.testkit.mm.FrameAllocatorContract} runs jqwik properties over random
 * memory maps ({@link dev.moka.testkit.mm.MemoryMaps}) and random chains of allocate and
 * free steps; {@link dev.moka.testkit.mm.TrackedAllocator} performs each step and checks
 * it against the map ({@link dev.moka.testkit.mm.MapLayout}) and the frames the caller
 * owns. Failures are {@link java.lang.AssertionError}s naming the broken rule.
 *
 * <p>To use it from an allocator's own Maven project, add the test jar and jqwik as test
 * dependencies (test-scoped dependencies are not passed on, so jqwik must be named):
 *
 * <pre>{@code
 * <dependency>
 *   <groupId>dev.moka</groupId>
 *   <artifactId>moka-kernel-api</artifactId>
 *   <version>0.1.0-SNAPSHOT</version>
 *   <type>test-jar</type>
 *   <scope>test</scope>
 * </dependency>
 * <dependency>
 *   <groupId>net.jqwik</groupId>
 *   <artifactId>jqwik</artifactId>
 *   <version>1.9.3</version>
 *   <scope>test</scope>
 * </dependency>
 * }</pre>
 *
 * <p>and extend the contract:
 *
 * <pre>{@code
 * class MyFrameAllocatorContractTest extends FrameAllocatorContract {
 *     protected FrameAllocator newAllocator() { return new MyFrameAllocator(); }
 *     // optional: checkPolicyAfterEachStep, checkPolicyAfterFreeingEverything
 * }
 * }</pre>
 *
 * <p>Run tests on the class path (surefire {@code useModulePath=false}): the kit is not a module.
 */
package dev.moka.testkit.mm;
