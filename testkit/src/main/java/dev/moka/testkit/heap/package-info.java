/**
 * A contract kit for {@link dev.moka.kernel.api.heap.HeapPlan} implementations, run on the JVM.
 *
 * <p>{@link dev.moka.testkit.heap.HeapPlanContract} installs the plan in a
 * {@link dev.moka.testkit.heap.SimulatedImage}: simulated memory bound to {@code Magic}, holding the
 * heap words compiled code allocates through, class records in the object model's layout, static
 * reference fields as roots and an empty stack. The kernel's heap entry and roots
 * ({@code dev.moka.kernel.core.heap.Heap} and {@code Roots}) run as they are, except for the
 * intrinsics the compiler implements in an image, which the kit answers
 * ({@link dev.moka.testkit.heap.ImageIntrinsics}). A {@link dev.moka.testkit.heap.HeapModel} plays the
 * mutator: it allocates as compiled code does (inline through the bump region, else through the
 * plan), links and drops objects, makes garbage, and checks every answer and every live object
 * against the object graph it keeps.
 */
package dev.moka.testkit.heap;
