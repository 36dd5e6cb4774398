package dev.moka.testkit.heap;

/**
 * What the kernel's compiled-image intrinsics answer in the kit. In an image the compiler replaces
 * {@code Heap.words()}, {@code Heap.verifyRequested()}, {@code Roots.staticReferences()},
 * {@code Roots.stackMaps()} and {@code Roots.framePointer()} with code of its own; on the JVM their
 * bodies throw. {@link IntrinsicRedirectingLoader} rewrites those bodies to call the methods here,
 * which answer from the {@link SimulatedImage} bound by {@link #bind}: its heap words, a table of
 * static reference fields that are the mutator's roots, and an empty stack.
 *
 * <p>Public only so that rewritten classes in another loader can call it; not for kit users.
 */
public final class ImageIntrinsics {
    private static volatile SimulatedImage image;

    private ImageIntrinsics() {
    }

    /** @param current the image the rewritten intrinsics answer from, or null for none */
    static void bind(SimulatedImage current) {
        image = current;
    }

    private static SimulatedImage image() {
        SimulatedImage current = image;
        if (current == null) {
            throw new AssertionError("a kernel heap intrinsic was called with no simulated image bound");
        }
        return current;
    }

    /** @return the address of the heap words: bump cursor, bump limit, heap base, heap end */
    public static long words() {
        return image().heapWords();
    }

    /** @return whether the plan should verify the heap after each collection */
    public static boolean verifyRequested() {
        return image().verifyRequested();
    }

    /** @return the address of the static-reference table: a count, then each root slot's address */
    public static long staticReferences() {
        return image().staticReferences();
    }

    /** @return the address of the stack-map table, which has no rows: no compiled frame holds references */
    public static long stackMaps() {
        return image().stackMaps();
    }

    /** @return 0: the mutator is Java code on the host, with no compiled frames to walk */
    public static long framePointer() {
        return 0;
    }
}
