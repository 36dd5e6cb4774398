package dev.moka.kernel.core.heap;

/**
 * Keeps an allocation (and any collection it triggers) from being preempted: a thread switch in the
 * middle would let another thread allocate from the same free lists or see a half-marked heap. The
 * kernel's thread system installs one once it preempts threads; single-threaded programs need none.
 */
public interface AllocationGuard {
    /** @return a token for {@link #exit}: what to restore */
    long enter();

    /** @param token what {@link #enter} returned */
    void exit(long token);

    /**
     * A collection starts inside the guarded allocation. Until {@link #collectionEnds()} the time
     * belongs to the collector, not to the thread whose allocation triggered it, so a thread system
     * charges it to no thread.
     */
    default void collectionBegins() {
    }

    /** The collection {@link #collectionBegins()} announced is over. */
    default void collectionEnds() {
    }
}
