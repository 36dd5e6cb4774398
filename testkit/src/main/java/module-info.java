/**
 * Contract kits for Moka's SPIs: jqwik properties that hold an implementation to the rules of
 * {@code Scheduler}, {@code FrameAllocator}, {@code HeapPlan} and {@code Scheme}. A test extends a
 * kit's contract class and names the implementation; the hooks declare what the implementation
 * promises beyond the SPI.
 * JUnit and jqwik come along, so a project's tests need this module and nothing else.
 */
module dev.moka.testkit {
    requires transitive dev.moka.kernel.api;
    requires transitive dev.moka.kernel.ipc;
    requires transitive dev.moka.scheme;
    requires transitive net.jqwik.api;
    requires transitive org.junit.jupiter.api;
    requires org.objectweb.asm;

    exports dev.moka.testkit.sched;
    exports dev.moka.testkit.mm;
    exports dev.moka.testkit.heap;
    exports dev.moka.testkit.scheme;

    // The engines find and call the properties reflectively.
    opens dev.moka.testkit.sched to net.jqwik.engine;
    opens dev.moka.testkit.mm to net.jqwik.engine;
    opens dev.moka.testkit.heap to net.jqwik.engine;
    opens dev.moka.testkit.scheme to net.jqwik.engine;
}
