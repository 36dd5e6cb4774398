package dev.moka.kernel.core.heap;

import dev.moka.kernel.api.heap.HeapPlan;
import dev.moka.kernel.api.magic.Magic;

/**
 * What the kernel can learn about its own heap. Natively the answers come from the heap plan the
 * image was built with; hosted, the runner binds a source, typically the JVM's own collector.
 */
public final class HeapStatistics {
    /** A source of the collection count on the JVM. */
    public interface Source {
        /** @return how many collections have run */
        long collections();
    }

    private static Source source;

    private HeapStatistics() {
    }

    /** @param hosted the source to report from on the JVM; native images never call this */
    public static void bind(Source hosted) {
        source = hosted;
    }

    /** @return how many garbage collections have run so far */
    public static long collections() {
        HeapPlan plan = Heap.plan();
        if (plan != null) {
            return plan.collections();
        }
        return source == null ? 0 : source.collections();
    }

    /** @return the time-stamp-counter cycles the installed plan's collections took, 0 without a plan */
    public static long pauseCyclesTotal() {
        HeapPlan plan = Heap.plan();
        return plan == null ? 0 : plan.pauseCyclesTotal();
    }

    /** @return the cycles of the installed plan's longest collection, 0 without a plan */
    public static long pauseCyclesMax() {
        HeapPlan plan = Heap.plan();
        return plan == null ? 0 : plan.pauseCyclesMax();
    }

    /** @return the time-stamp counter, the clock the plans time their collections by */
    public static long cycles() {
        return Magic.rdtsc();
    }

    /** @return the installed plan's statistics, or null on the JVM, whose collector is not a plan */
    public static HeapPlan plan() {
        return Heap.plan();
    }
}
