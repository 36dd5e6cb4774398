package dev.moka.kernel.api.mm;

/**
 * What the kernel can learn about its own heap. Natively the compiler answers from the heap plan
 * linked into the image (the mark-sweep collector's count, or 0 for the bump plan); hosted, the
 * runner binds a source, typically the JVM's own collector.
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
        return source == null ? 0 : source.collections();
    }
}
