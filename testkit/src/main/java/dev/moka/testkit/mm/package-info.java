/**
 * A contract test kit for {@link dev.moka.kernel.api.mm.FrameAllocator} implementations, shipped in
 * {@code moka-testkit}.
 *
 * <p>{@link dev.moka.testkit.mm.FrameAllocatorContract} runs jqwik properties over random
 * memory maps ({@link dev.moka.testkit.mm.MemoryMaps}) and random chains of allocate and
 * free steps; {@link dev.moka.testkit.mm.TrackedAllocator} performs each step and checks
 * it against the map ({@link dev.moka.testkit.mm.MapLayout}) and the frames the caller
 * owns. Failures are {@link java.lang.AssertionError}s naming the broken rule.
 *
 * <p>To use it from an allocator's own Maven project, import {@code moka-bom} and depend on
 * {@code moka-testkit}, which brings JUnit 5 and jqwik at versions that agree:
 *
 * <pre>{@code
 * <dependencyManagement><dependencies>
 *   <dependency>
 *     <groupId>dev.moka</groupId><artifactId>moka-bom</artifactId><version>0.1.0-SNAPSHOT</version>
 *     <type>pom</type><scope>import</scope>
 *   </dependency>
 * </dependencies></dependencyManagement>
 * <dependencies>
 *   <dependency><groupId>dev.moka</groupId><artifactId>moka-testkit</artifactId><scope>test</scope></dependency>
 * </dependencies>
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
 * <p>The kit is the module {@code dev.moka.testkit}; it runs on the class path as well.
 */
package dev.moka.testkit.mm;
