package java.lang;

/** The root of every class in a Moka image. Two header words precede every object's fields. */
public class Object {
    /** Creates an object. */
    public Object() {
    }

    /** @return the object's class */
    public final Class<?> getClass() {
        return MokaRuntime.classOf(this);
    }

    /** @param other another object @return whether it is this very object */
    public boolean equals(Object other) {
        return this == other;
    }

    /** @return the identity hash code */
    public int hashCode() {
        return MokaRuntime.identityHashCode(this);
    }

    /**
     * Waits until another thread notifies this object's monitor, which the caller must own.
     *
     * @throws IllegalMonitorStateException when the calling thread does not own the monitor
     * @throws InterruptedException never: Moka's threads are not interrupted
     */
    public final void wait() throws InterruptedException {
        wait(0L);
    }

    /**
     * Waits until another thread notifies this object's monitor or {@code timeoutMillis} pass.
     *
     * @param timeoutMillis the longest wait in milliseconds, 0 for no limit
     * @throws IllegalArgumentException when the timeout is negative
     * @throws IllegalMonitorStateException when the calling thread does not own the monitor
     * @throws InterruptedException never: Moka's threads are not interrupted
     */
    public final void wait(long timeoutMillis) throws InterruptedException {
        if (timeoutMillis < 0) {
            throw new IllegalArgumentException("timeout value is negative");
        }
        MokaRuntime.monitorWait(this, timeoutMillis);
    }

    /**
     * As {@link #wait(long)}, a nanosecond part rounding the timeout up to the next millisecond.
     *
     * @param timeoutMillis the longest wait in milliseconds
     * @param nanos         additional nanoseconds, 0 to 999999
     * @throws IllegalArgumentException when an argument is out of range
     * @throws IllegalMonitorStateException when the calling thread does not own the monitor
     * @throws InterruptedException never: Moka's threads are not interrupted
     */
    public final void wait(long timeoutMillis, int nanos) throws InterruptedException {
        if (timeoutMillis < 0) {
            throw new IllegalArgumentException("timeoutMillis value is negative");
        }
        if (nanos < 0 || nanos > 999999) {
            throw new IllegalArgumentException("nanosecond timeout value out of range");
        }
        if (nanos > 0 && timeoutMillis < Long.MAX_VALUE) {
            timeoutMillis++;
        }
        wait(timeoutMillis);
    }

    /**
     * Wakes the thread that has waited longest on this object's monitor, which the caller must own.
     *
     * @throws IllegalMonitorStateException when the calling thread does not own the monitor
     */
    public final void notify() {
        MokaRuntime.monitorNotify(this);
    }

    /**
     * Wakes every thread waiting on this object's monitor, which the caller must own.
     *
     * @throws IllegalMonitorStateException when the calling thread does not own the monitor
     */
    public final void notifyAll() {
        MokaRuntime.monitorNotifyAll(this);
    }

    /** @return the class name, '@', and the hash code in hex, as on the JVM */
    public String toString() {
        return getClass().getName() + "@" + Integer.toHexString(hashCode());
    }
}
